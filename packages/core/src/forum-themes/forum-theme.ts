import type { Language } from '../i18n/languages.js';

/*
 * Forum themes (paragraphs 9–12 of the working-group paper): Member States and NGOs propose
 * themes for an upcoming ICNGO, International NGO Forum or General Conference NGO-space session,
 * support them (one support per Member State or NGO per theme), and the Secretariat records the
 * chosen theme with its reasons, which closes proposals for that event.
 */

/** Who proposes or supports: a Member State (ISO 3166-1 alpha-2, as its member-state grant names it) or an NGO (organisation id). */
export type ForumParty = { kind: 'member-state'; country: string } | { kind: 'ngo'; organization: string };

export interface ForumTheme {
  id: string;
  /** The event or governing-body session id the theme is proposed for. */
  event: string;
  title: Partial<Record<Language, string>>;
  description: Partial<Record<Language, string>>;
  proposer: ForumParty;
  proposedAt: string;
}

export interface ForumThemeSupport {
  theme: string;
  supporter: ForumParty;
  at: string;
}

export interface ForumThemeChoice {
  event: string;
  theme: string;
  reasons: Partial<Record<Language, string>>;
  chosenAt: string;
}

/** A stable key for a party, so "one support per party per theme" is a set membership. */
export function partyKey(party: ForumParty): string {
  return party.kind === 'member-state' ? `member-state:${party.country.toUpperCase()}` : `ngo:${party.organization}`;
}
