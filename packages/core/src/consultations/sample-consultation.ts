import type { Consultation } from './consultation.js';

const DAY = 86_400_000;

/**
 * A FICTIONAL consultation for a fresh database, so a newcomer sees one open with every kind of
 * question: open since a week before `now`, closing three weeks after; it names no organisation.
 */
export function sampleConsultation(now: Date): Consultation {
  const day = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return {
    id: 'cons-demo-literacy-priorities',
    fictional: true,
    title: { en: 'Demo: priorities for adult literacy', fr: 'Démo : priorités pour l’alphabétisation des adultes' },
    description: { en: 'A fictional sample consultation, to try Liaison out.', fr: 'Une consultation fictive, pour essayer Liaison.' },
    owner: { kind: 'sector', sector: 'ED' },
    audience: { kind: 'all-partners' },
    opensAt: new Date(day - 7 * DAY).toISOString(),
    closesAt: new Date(day + 21 * DAY).toISOString(),
    questions: [
      {
        key: 'focus',
        kind: 'single-choice',
        prompt: { en: 'Which group should come first?', fr: 'Quel public en priorité ?' },
        options: [
          { key: 'women', label: { en: 'Women', fr: 'Les femmes' } },
          { key: 'youth', label: { en: 'Young people out of school', fr: 'Les jeunes déscolarisés' } },
          { key: 'elders', label: { en: 'Older adults', fr: 'Les adultes âgés' } },
        ],
        required: true,
      },
      {
        key: 'means',
        kind: 'multiple-choice',
        prompt: { en: 'Which means do you use?', fr: 'Quels moyens utilisez-vous ?' },
        options: [
          { key: 'radio', label: { en: 'Radio', fr: 'La radio' } },
          { key: 'mobile', label: { en: 'Mobile phones', fr: 'Le téléphone mobile' } },
          { key: 'classes', label: { en: 'Evening classes', fr: 'Des cours du soir' } },
        ],
      },
      {
        key: 'order',
        kind: 'ranking',
        prompt: { en: 'Rank these needs, most pressing first', fr: 'Classez ces besoins, le plus urgent d’abord' },
        options: [
          { key: 'books', label: { en: 'Books in local languages', fr: 'Des livres en langues locales' } },
          { key: 'teachers', label: { en: 'Trained facilitators', fr: 'Des animateurs formés' } },
          { key: 'places', label: { en: 'Places to meet', fr: 'Des lieux de rencontre' } },
        ],
      },
      { key: 'comment', kind: 'free-text', prompt: { en: 'Anything else the sector should know?', fr: 'Autre chose que le secteur devrait savoir ?' }, maxLength: 2000 },
    ],
  };
}
