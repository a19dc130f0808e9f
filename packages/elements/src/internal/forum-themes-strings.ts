/** Strings of <ngo-forum-themes>: an area of its own (src/translations/<lang>/forum-themes.ts), no other widget bundles them. */
export interface ForumThemesStrings {
  readonly 'forumThemes.label': string;
  readonly 'forumThemes.propose': string;
  readonly 'forumThemes.title': string;
  readonly 'forumThemes.description': string;
  readonly 'forumThemes.proposed': string;
  readonly 'forumThemes.standings': string;
  /** `{memberStates}` and `{ngos}`: how many of each support the theme */
  readonly 'forumThemes.counts': string;
  readonly 'forumThemes.support': string;
  readonly 'forumThemes.withdraw': string;
  readonly 'forumThemes.supported': string;
  readonly 'forumThemes.withdrawn': string;
  readonly 'forumThemes.already': string;
  readonly 'forumThemes.chosen': string;
  /** `{reasons}`: the Secretariat's text */
  readonly 'forumThemes.reasons': string;
  readonly 'forumThemes.closed': string;
  readonly 'forumThemes.empty': string;
  readonly 'forumThemes.noEvent': string;
  readonly 'forumThemes.signIn': string;
  readonly 'forumThemes.send': string;
  readonly 'forumThemes.sending': string;
  /** `{reason}`: why it failed */
  readonly 'forumThemes.sendFailed': string;
  readonly 'forumThemes.titleRequired': string;
  /** The read-only list of Member States' phase registrations: its heading, and when there is none. */
  readonly 'forumThemes.registrations': string;
  readonly 'forumThemes.noRegistrations': string;
  /** `{country}`: the Member State's name; `{role}`: its role in the phase */
  readonly 'forumThemes.registration': string;
  readonly 'forumThemes.phase.preparation': string;
  readonly 'forumThemes.phase.financing': string;
  readonly 'forumThemes.phase.conduct': string;
  readonly 'forumThemes.phase.evaluation': string;
  readonly 'forumThemes.phase.follow-up': string;
  readonly 'forumThemes.role.co-organiser': string;
  readonly 'forumThemes.role.funder': string;
  readonly 'forumThemes.role.speaker': string;
  readonly 'forumThemes.role.participant': string;
}
