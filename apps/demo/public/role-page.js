// What each role's page shares: the language switch, who is signed in, the grants of the
// page's role, and a sign-out button. Text goes in with textContent only: names and notes
// people typed are data, never markup.
import { ROLE_TEXT, SIGNED_IN_HINT, client, currentSession, languageSwitch } from '/demo/write-path.js';

export const $ = (id) => document.getElementById(id);

/** An element with text (never HTML) and optional attributes. */
export function el(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

/**
 * Opens the page for `role`: says who is signed in and returns that person's grants of the
 * role ([] when signed out or without it, after saying so in #who and showing #signed-out).
 */
export async function openRolePage(role) {
  languageSwitch();
  const session = await currentSession();
  if (!session) {
    $('who').textContent = 'Not signed in.';
    $('signed-out').hidden = false;
    return { session: null, grants: [] };
  }
  const grants = session.roles.filter((grant) => grant.role === role);
  const held = grants.map((grant) => ROLE_TEXT[role](grant)).join(', ');
  $('who').textContent = grants.length
    ? `Signed in as ${session.person.displayName}: ${held}.`
    : `Signed in as ${session.person.displayName}, who does not hold this page's role.`;
  $('signed-out').hidden = grants.length > 0;
  showSignOut();
  return { session, grants };
}

/** Shows the page's #sign-out button, which ends the session and reloads the page. */
export function showSignOut() {
  const signOut = $('sign-out');
  signOut.hidden = false;
  signOut.addEventListener('click', async () => {
    await client.session.signOut().catch(() => undefined);
    localStorage.removeItem(SIGNED_IN_HINT);
    location.reload();
  });
}

/** Text of a problem the client threw: its detail and, per field, what is wrong. */
export function problemText(error) {
  const problem = error?.problem;
  if (!problem) return error instanceof Error ? error.message : String(error);
  const fields = (problem.errors ?? []).map((issue) => `${issue.path}: ${issue.message}`);
  return [problem.detail ?? problem.title, ...fields].filter(Boolean).join(' — ');
}

/** Words for core's routing reasons (why a recommendation concerns an addressee). */
export function reasonText(reason) {
  switch (reason.code) {
    case 'named-sector':
      return 'the recommendation names this sector';
    case 'theme-of-sector':
      return `its theme “${reason.theme}” is part of this sector’s work`;
    case 'programme-theme':
      return `its theme “${reason.theme}” is a theme of the programme ${reason.programme}`;
    case 'named-country':
      return `it names ${reason.country}`;
    case 'covers-country':
      return `this office covers ${reason.country}`;
    default:
      return reason.code;
  }
}

/** "Sector CLT", "Member State KE"…: an addressee in words. */
export function addresseeText(addressee) {
  switch (addressee.kind) {
    case 'sector':
      return `Sector ${addressee.sector}`;
    case 'field-office':
      return `Field office ${addressee.fieldOffice}`;
    case 'member-state':
      return `Member State ${addressee.country}`;
    case 'organization':
      return `Organisation ${addressee.organization}`;
    default:
      return 'Liaison Committee';
  }
}

export const STATUS_TEXT = {
  received: 'Received',
  'under-consideration': 'Under consideration',
  'in-progress': 'In progress',
  implemented: 'Implemented',
  'not-retained': 'Not retained',
};
