import { describe, expect, test } from 'vitest';
import { enEventDetail, enEventSession } from './en/event-detail.js';
import { enEvents } from './en/events.js';
import { loadEveryArea } from './load-every-area.js';
import { loadOtherAreas } from './load-other-areas.js';

/** Every key of the event widgets' English areas. */
const EVENT_KEYS = Object.keys({ ...enEvents, ...enEventDetail, ...enEventSession });

describe('locale loaders', () => {
  test.each(['fr', 'ar', 'es', 'ru', 'zh'] as const)('%s: the directory loads no event string; the event widgets load them all', async (language) => {
    const others = await loadOtherAreas(language);
    const every = await loadEveryArea(language);
    expect(others.$lang).toBe(language);
    expect(every.$lang).toBe(language);
    expect(EVENT_KEYS.filter((key) => key in others)).toEqual([]);
    expect(EVENT_KEYS.filter((key) => !(key in every))).toEqual([]);
    // What the directory gets is exactly the rest of the table.
    expect(Object.keys(others).sort()).toEqual(Object.keys(every).filter((key) => !EVENT_KEYS.includes(key)).sort());
  });
});

describe('the write path’s strings', () => {
  test.each(['fr', 'ar', 'es', 'ru', 'zh'] as const)('%s: only the editor’s loader brings them, every key translated', async (language) => {
    const { enEditor } = await import('./en/editor.js');
    const { loadEditorAreas } = await import('./load-editor-areas.js');
    const editorKeys = Object.keys(enEditor);
    const editor = await loadEditorAreas(language);
    const others = await loadOtherAreas(language);
    const every = await loadEveryArea(language);
    expect(editorKeys.filter((key) => !(key in editor))).toEqual([]);
    // The reading widgets' loaders never carry them…
    expect(editorKeys.filter((key) => key in others || key in every)).toEqual([]);
    // …and the editor gets the shared areas with them (common strings, errors).
    expect(editor.retry).toBe(others.retry);
    // Translated, not copied from English (placeholders-only patterns aside).
    const copied = editorKeys.filter((key) => key !== 'editor.issue' && JSON.stringify(editor[key as keyof typeof editor]) === JSON.stringify(enEditor[key as keyof typeof enEditor]));
    expect(copied.filter((key) => !['field.description', 'field.contacts', 'field.kind', 'field.provenance', 'editor.contact', 'editor.contactKind', 'field.name'].includes(key))).toEqual([]);
  });
});

describe('the inbox’s and the tracker’s strings', () => {
  test.each(['fr', 'ar', 'es', 'ru', 'zh'] as const)('%s: every key translated; the tracker’s loader never brings the inbox’s', async (language) => {
    const { enTracker } = await import('./en/tracker.js');
    const { enInbox } = await import('./en/inbox.js');
    const { loadTrackerAreas } = await import('./load-tracker-areas.js');
    const { loadInboxAreas } = await import('./load-inbox-areas.js');
    const tracker = await loadTrackerAreas(language);
    const inbox = await loadInboxAreas(language);
    const trackerKeys = Object.keys(enTracker);
    const inboxKeys = Object.keys(enInbox);
    expect(trackerKeys.filter((key) => !(key in tracker))).toEqual([]);
    expect([...trackerKeys, ...inboxKeys].filter((key) => !(key in inbox))).toEqual([]);
    expect(inboxKeys.filter((key) => key in tracker)).toEqual([]);
    const others = await loadOtherAreas(language);
    expect([...trackerKeys, ...inboxKeys].filter((key) => key in others)).toEqual([]);
    expect(inbox.retry).toBe(tracker.retry);
    // Translated, not copied from English (placeholder-only patterns, and French "organisation", aside).
    const english = { ...enTracker, ...enInbox } as Record<string, unknown>;
    const copied = Object.keys(english).filter((key) => JSON.stringify((inbox as unknown as Record<string, unknown>)[key]) === JSON.stringify(english[key]));
    expect(copied.filter((key) => !['addressee.sector', 'addressee.field-office', 'addressee.organization'].includes(key))).toEqual([]);
  });
});

describe('the forum themes’ strings', () => {
  // Words some languages write as English does; the registration line is only a pattern.
  const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
    fr: ['forumThemes.role.participant'],
    ar: ['forumThemes.registration'],
    es: ['forumThemes.registration'],
    ru: ['forumThemes.registration'],
  };
  test.each(['fr', 'ar', 'es', 'ru', 'zh'] as const)('%s: only its loader brings them, every key translated', async (language) => {
    const { enForumThemes } = await import('./en/forum-themes.js');
    const { loadForumThemesAreas } = await import('./load-forum-themes-areas.js');
    const keys = Object.keys(enForumThemes);
    const themes = await loadForumThemesAreas(language);
    const others = await loadOtherAreas(language);
    expect(keys.filter((key) => !(key in themes))).toEqual([]);
    expect(keys.filter((key) => key in others)).toEqual([]);
    expect(themes.retry).toBe(others.retry);
    const english = enForumThemes as unknown as Record<string, unknown>;
    const same = keys.filter((key) => JSON.stringify((themes as unknown as Record<string, unknown>)[key]) === JSON.stringify(english[key]));
    expect(same).toEqual(SAME_AS_ENGLISH[language] ?? []);
  });
});

describe('the meetings’ strings', () => {
  // Words some languages write as English does.
  const SAME_AS_ENGLISH: Record<string, readonly string[]> = { fr: ['meetings.date'] };
  test.each(['fr', 'ar', 'es', 'ru', 'zh'] as const)('%s: only its loader brings them, every key translated', async (language) => {
    const { enMeetings } = await import('./en/meetings.js');
    const { loadMeetingsAreas } = await import('./load-meetings-areas.js');
    const keys = Object.keys(enMeetings);
    const meetings = await loadMeetingsAreas(language);
    const others = await loadOtherAreas(language);
    expect(keys.filter((key) => !(key in meetings))).toEqual([]);
    expect(keys.filter((key) => key in others)).toEqual([]);
    expect(meetings.retry).toBe(others.retry);
    const english = enMeetings as unknown as Record<string, unknown>;
    const same = keys.filter((key) => JSON.stringify((meetings as unknown as Record<string, unknown>)[key]) === JSON.stringify(english[key]));
    expect(same).toEqual(SAME_AS_ENGLISH[language] ?? []);
  });
});
