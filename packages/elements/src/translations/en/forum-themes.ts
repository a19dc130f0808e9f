import type { ForumThemesStrings } from '../../internal/translation.js';

/** English strings of <ngo-forum-themes>. */
export const enForumThemes: ForumThemesStrings = {
  'forumThemes.label': 'Themes proposed for this forum',
  'forumThemes.propose': 'Propose a theme',
  'forumThemes.title': 'Theme',
  'forumThemes.description': 'Why this theme (optional)',
  'forumThemes.proposed': 'Your theme was proposed.',
  'forumThemes.standings': 'Standings',
  'forumThemes.counts': 'Member States: {memberStates}, NGOs: {ngos}',
  'forumThemes.support': 'Support',
  'forumThemes.withdraw': 'Withdraw support',
  'forumThemes.supported': 'You support this theme.',
  'forumThemes.withdrawn': 'Support withdrawn.',
  'forumThemes.already': 'You already support this theme.',
  'forumThemes.chosen': 'Chosen theme',
  'forumThemes.reasons': 'Reasons: {reasons}',
  'forumThemes.closed': 'The theme is chosen: proposals and supports are closed.',
  'forumThemes.empty': 'No theme proposed yet.',
  'forumThemes.noEvent': 'Name the event (event attribute) whose themes to show.',
  'forumThemes.signIn': 'Sign in as a Member State or an NGO editor to propose and support themes.',
  'forumThemes.send': 'Propose',
  'forumThemes.sending': 'Sending…',
  'forumThemes.sendFailed': 'Not sent: {reason} Nothing you typed is lost; try again.',
  'forumThemes.titleRequired': 'Enter the theme.',
};
