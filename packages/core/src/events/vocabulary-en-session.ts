import type { EventSessionVocabulary } from './vocabulary.js';

/** English words that name the governing-body session an event is part of. */
export const EN_EVENT_SESSION_VOCABULARY: EventSessionVocabulary = {
  sessionTitle: {
    'general-conference': 'General Conference, session {n}',
    'executive-board': 'Executive Board, session {n}',
    'ngp-committee': 'NGP Committee, Executive Board session {n}',
  },
  session: {
    partOf: 'Session',
    agendaItem: 'Item {number}',
  },
};
