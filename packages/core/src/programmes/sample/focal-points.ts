import type { Contact, Provenance } from '../../schemas/organization.js';
import type { FocalPoint, FocalPointScope } from '../../schemas/focal-point.js';
import type { LocalizedText } from '../../schemas/localized-text.js';

/*
 * Focal points are roles, never people. These sample roles and their mailboxes are
 * fictional (example.org, flagged): UNESCO's real focal points are not copied into sample data.
 */

const provenance: Provenance = {
  sourceUrls: [],
  asOf: '2026-11-26',
  verified: false,
  fictional: true,
  note: 'Fictional role and mailbox for demonstrations.',
};

const mailbox = (local: string): Contact => ({
  kind: 'email',
  value: `${local}@liaison-demo.example.org`,
  label: { en: 'Role mailbox (fictional)', fr: 'Boîte de la fonction (fictive)' },
  fictional: true,
});

function role(id: string, scope: FocalPointScope, name: LocalizedText, local: string): FocalPoint {
  return { id, scope, role: name, contacts: [mailbox(local)], provenance };
}

export const SAMPLE_FOCAL_POINTS: readonly FocalPoint[] = [
  role('demo-ed-ngo-focal-point', { kind: 'sector', sector: 'ED' }, { en: 'NGO focal point, Education Sector', fr: "Point focal ONG, Secteur de l'éducation", es: 'Punto focal para las ONG, Sector de Educación' }, 'ngo-focal-point-ed'),
  role('demo-sc-ngo-focal-point', { kind: 'sector', sector: 'SC' }, { en: 'NGO focal point, Natural Sciences Sector', fr: 'Point focal ONG, Secteur des sciences exactes et naturelles' }, 'ngo-focal-point-sc'),
  role('demo-shs-ngo-focal-point', { kind: 'sector', sector: 'SHS' }, { en: 'NGO focal point, Social and Human Sciences Sector', fr: 'Point focal ONG, Secteur des sciences sociales et humaines' }, 'ngo-focal-point-shs'),
  role('demo-clt-ngo-focal-point', { kind: 'sector', sector: 'CLT' }, { en: 'NGO focal point, Culture Sector', fr: 'Point focal ONG, Secteur de la culture' }, 'ngo-focal-point-clt'),
  role('demo-ci-ngo-focal-point', { kind: 'sector', sector: 'CI' }, { en: 'NGO focal point, Communication and Information Sector', fr: "Point focal ONG, Secteur de la communication et de l'information" }, 'ngo-focal-point-ci'),
  role('demo-abuja-civil-society-officer', { kind: 'field-office', fieldOffice: 'abuja' }, { en: 'Civil society liaison, UNESCO Office in Abuja', fr: "Liaison société civile, Bureau de l'UNESCO à Abuja" }, 'civil-society-abuja'),
  role('demo-beirut-civil-society-officer', { kind: 'field-office', fieldOffice: 'beirut' }, { en: 'Civil society liaison, UNESCO Office in Beirut', fr: "Liaison société civile, Bureau de l'UNESCO à Beyrouth", ar: 'مسؤول الاتصال بالمجتمع المدني، مكتب اليونسكو في بيروت' }, 'civil-society-beirut'),
  role('demo-apia-civil-society-officer', { kind: 'field-office', fieldOffice: 'apia' }, { en: 'Civil society liaison, UNESCO Office in Apia', fr: "Liaison société civile, Bureau de l'UNESCO à Apia" }, 'civil-society-apia'),
  role('demo-kingston-civil-society-officer', { kind: 'field-office', fieldOffice: 'kingston' }, { en: 'Civil society liaison, UNESCO Office in Kingston', fr: "Liaison société civile, Bureau de l'UNESCO à Kingston" }, 'civil-society-kingston'),
  role('demo-nairobi-civil-society-officer', { kind: 'field-office', fieldOffice: 'nairobi' }, { en: 'Civil society liaison, UNESCO Office in Nairobi', fr: "Liaison société civile, Bureau de l'UNESCO à Nairobi" }, 'civil-society-nairobi'),
  role('demo-coastal-literacy-coordinator', { kind: 'programme', programme: 'demo-coastal-literacy-initiative' }, { en: 'Partner coordinator, Coastal Literacy Initiative', fr: "Coordination des partenaires, Initiative d'alphabétisation du littoral" }, 'coastal-literacy'),
  role('demo-pacific-observers-coordinator', { kind: 'programme', programme: 'demo-pacific-ocean-observers' }, { en: 'Partner coordinator, Pacific Ocean Observers', fr: "Coordination des partenaires, Observateurs de l'océan Pacifique" }, 'pacific-observers'),
];
