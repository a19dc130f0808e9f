// The editor page: who is signed in (cookie session), what each role may do (from core's write
// rules, via the bundle's whatRolesMayDo), and <ngo-organization-editor> for the organisation
// the person edits (any, for the Secretariat). Text goes in with textContent only.
import { whatRolesMayDo } from '/widgets/ngo-organization-editor.js';
import { ROLE_TEXT, SIGNED_IN_HINT, client, currentSession, languageSwitch } from '/demo/write-path.js';

const $ = (id) => document.getElementById(id);
const ACTION_TEXT = {
  'edit-own-profile': 'Change its own organisation’s profile',
  'edit-another-profile': 'Change another organisation’s profile',
  'review-changes': 'Publish or return proposed changes',
  'record-partnership-decision': 'Record a partnership decision',
  'admit-organization': 'Admit an organisation',
  'see-partner-contacts': 'See partners-only contacts',
  'read-audit-log': 'Read the audit log',
};
const OUTCOME_TEXT = { published: 'Yes, published at once', 'for-review': 'Yes, after the Secretariat’s review', allowed: 'Yes', refused: 'No' };

languageSwitch();
const session = await currentSession();
const held = new Set((session?.roles ?? []).map((grant) => grant.role));

// Roles × actions (the actions in the order the rows list them).
const rows = await whatRolesMayDo();
const ROLE_ACTIONS = Object.keys(rows[0].outcomes);
const head = $('roles-head');
for (const action of ROLE_ACTIONS) {
  const th = document.createElement('th');
  th.scope = 'col';
  th.textContent = ACTION_TEXT[action];
  head.append(th);
}
for (const { role, grant, outcomes } of rows) {
  const row = document.createElement('tr');
  const name = document.createElement('th');
  name.scope = 'row';
  name.textContent = ROLE_TEXT[role](grant).replace(/ \(.*\)$/, '') + (held.has(role) ? ' (yours)' : '');
  row.append(name);
  if (held.has(role)) row.className = 'yours';
  for (const action of ROLE_ACTIONS) {
    const cell = document.createElement('td');
    cell.textContent = OUTCOME_TEXT[outcomes[action]];
    cell.className = `outcome-${outcomes[action]}`;
    row.append(cell);
  }
  $('roles-body').append(row);
}

if (!session) {
  $('who').textContent = 'Not signed in.';
  $('signed-out').hidden = false;
} else {
  $('who').textContent = `Signed in as ${session.person.displayName}${session.person.email ? ` (${session.person.email})` : ''}.`;
  const list = $('your-roles');
  for (const grant of session.roles) {
    const item = document.createElement('li');
    item.textContent = ROLE_TEXT[grant.role]?.(grant) ?? grant.role;
    list.append(item);
  }
  list.hidden = session.roles.length === 0;
  $('signed-in-actions').hidden = false;
  $('review-link').hidden = !held.has('secretariat');
  $('sign-out').addEventListener('click', async () => {
    await client.session.signOut().catch(() => undefined);
    localStorage.removeItem(SIGNED_IN_HINT);
    location.reload();
  });

  // The organisations this person may edit: its own, or (the Secretariat) any.
  const own = session.roles.filter((grant) => grant.role === 'ngo-editor').map((grant) => ({ id: grant.organization, name: grant.organization }));
  let choices = own;
  if (held.has('secretariat')) {
    // A PagedList: awaitable (then), not a Promise (no catch).
    const page = await client.organizations.list({ limit: 100, standing: ['official', 'pending', 'former', 'not-attested'] }).then(undefined, () => ({ items: [] }));
    choices = page.items.map((org) => ({ id: org.id, name: org.name.en ?? Object.values(org.name)[0] ?? org.id }));
  }
  if (choices.length > 0) {
    const select = $('organization');
    select.replaceChildren(...choices.map((org) => new Option(org.name, org.id)));
    const wanted = new URLSearchParams(location.search).get('organization');
    select.value = choices.some((org) => org.id === wanted) ? wanted : choices.some((org) => org.id === 'demo-lanternfish-literacy-network') ? 'demo-lanternfish-literacy-network' : choices[0].id;
    const editor = document.querySelector('ngo-organization-editor');
    editor.client = client;
    editor.setAttribute('organization-id', select.value);
    select.addEventListener('change', () => editor.setAttribute('organization-id', select.value));
    $('editor-section').hidden = false;
  }
}
