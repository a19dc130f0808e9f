import type { TrackerStrings } from '../../internal/translation.js';

// Our translation; to be reviewed by a French-speaking editor before release.
export const frTracker: TrackerStrings = {
  'addressee.sector': '{name}',
  'addressee.field-office': '{name}',
  'addressee.member-state': '{name} (État membre)',
  'addressee.organization': '{name} (organisation)',
  'addressee.liaison-committee': 'Comité de liaison ONG-UNESCO',
  'followUp.received': 'Reçue',
  'followUp.under-consideration': 'À l’étude',
  'followUp.in-progress': 'En cours',
  'followUp.implemented': 'Mise en œuvre',
  'followUp.not-retained': 'Non retenue',
  'tracker.label': 'Recommandations et leur suivi',
  'tracker.untitled': 'Recommandation',
  'tracker.event': 'Événement',
  'tracker.recorded': 'Enregistrée le',
  'tracker.addressees': 'Destinataires et leur suivi',
  'tracker.latest': 'État : {status}',
  'tracker.noFollowUp': 'Aucun suivi public pour l’instant.',
  'tracker.timeline': 'Historique du suivi',
  'tracker.empty': 'Aucune recommandation ne correspond.',
  'tracker.count': { one: '{count} recommandation', other: '{count} recommandations' },
  'tracker.evaluations': 'Résultats de l’évaluation',
};

export default frTracker;
