// The Secretariat's page for people: invite someone with one role and its scope, and see who
// holds which role. The client on the session cookie sends the session's CSRF token with every
// change, as the API requires of cookie sessions. Text goes in with textContent only.
import { ROLE_TEXT, client, currentSession } from '/demo/write-path.js';

const who = document.getElementById('who');
const form = document.getElementById('invite');
const result = document.getElementById('invite-result');
const role = document.getElementById('role');

/** What went wrong, with each field the server or the client's own check named. */
function problemText(error) {
  const fields = (error.issues ?? []).map((issue) => `${issue.path}: ${issue.message}`);
  return [error.message, ...fields].join(' — ');
}

function showScope() {
  for (const field of form.querySelectorAll('[data-scope]')) field.hidden = field.dataset.scope !== role.value;
}
role.addEventListener('change', showScope);
showScope();

/** The role grant the form describes, in the API's shape. */
function grant() {
  const value = (name) => form.elements[name].value.trim();
  switch (role.value) {
    case 'ngo-editor':
      return { role: 'ngo-editor', organization: value('organization') };
    case 'sector':
      return { role: 'sector', sector: value('sector') };
    case 'field-office':
      return { role: 'field-office', fieldOffice: value('fieldOffice') };
    case 'member-state':
      return { role: 'member-state', country: value('country').toUpperCase(), via: value('via') };
    default:
      return { role: role.value };
  }
}

async function listPeople() {
  const people = await client.people.list();
  const rows = people.map((person) => {
    const row = document.createElement('tr');
    for (const text of [person.displayName, person.email ?? '—', person.roles.map((g) => ROLE_TEXT[g.role]?.(g) ?? g.role).join(', ')]) {
      const cell = document.createElement('td');
      cell.textContent = text;
      row.append(cell);
    }
    return row;
  });
  document.getElementById('people').replaceChildren(...rows);
  document.getElementById('people-section').hidden = false;
}

const session = await currentSession();
if (!session) {
  who.textContent = 'Sign in as the Secretariat to invite people (see the sign-in page).';
} else if (!session.roles.some((g) => g.role === 'secretariat')) {
  who.textContent = `Signed in as ${session.person.displayName}: only the Secretariat invites people.`;
} else {
  who.textContent = `Signed in as ${session.person.displayName} (Secretariat).`;
  document.getElementById('invite-section').hidden = false;
  await listPeople();
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const body = { roles: [grant()] };
  const displayName = form.elements.displayName.value.trim();
  const email = form.elements.email.value.trim();
  if (displayName) body.displayName = displayName;
  if (email) body.email = email;
  let invitation;
  try {
    invitation = await client.people.invite(body);
  } catch (error) {
    result.textContent = `Not created: ${problemText(error)}`;
    return;
  }
  await listPeople().catch(() => undefined);
  const label = document.createElement('label');
  label.htmlFor = 'invitation-link';
  label.textContent = `Invitation link (valid until ${new Date(invitation.expiresAt).toLocaleString()}): `;
  const link = document.createElement('input');
  link.id = 'invitation-link';
  link.readOnly = true;
  link.size = 60;
  link.value = invitation.link;
  result.replaceChildren(label, link);
  link.select();
});
