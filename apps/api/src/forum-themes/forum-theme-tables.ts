/**
 * Forum themes (migration 0017): themes proposed for an ICNGO, International NGO Forum or GC
 * NGO-space event, one support per Member State or NGO and theme (the primary key says so, so
 * two supports sent at once leave one), one choice per event, and one phase registration per
 * Member State, event and phase.
 */
export interface ForumThemesTable {
  id: string;
  event_id: string;
  /** core's partyKey of the proposer: "member-state:KE", "ngo:<organisation id>". */
  proposer_key: string;
  proposed_at: string;
  /** The ForumTheme as JSON. */
  data: string;
}

export interface ForumThemeSupportsTable {
  theme_id: string;
  /** core's partyKey of the supporter. */
  supporter_key: string;
  event_id: string;
  /** The ForumParty as JSON. */
  supporter: string;
  supported_at: string;
}

export interface ForumThemeChoicesTable {
  event_id: string;
  theme_id: string;
  chosen_at: string;
  /** The ForumThemeChoice as JSON (reasons in their languages). */
  data: string;
}

export interface ForumPhaseRegistrationsTable {
  event_id: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  phase: string;
  role: string;
  registered_at: string;
  updated_at: string;
}

export interface ForumThemeTables {
  forum_themes: ForumThemesTable;
  forum_theme_supports: ForumThemeSupportsTable;
  forum_theme_choices: ForumThemeChoicesTable;
  forum_phase_registrations: ForumPhaseRegistrationsTable;
}
