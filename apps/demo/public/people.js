// The Secretariat's page for people: invite someone with one role and its scope, and see who
// holds which role. Plain fetch on the session cookie: every change sends the session's CSRF
// token, as the API requires of cookie sessions.
const who = document.getElementById('who');
const form = document.getElementById('invite');
const result = document.getElementById('invite-result');
const role = document.getElementById('role');

async function problemText(response) {
  try {
    const problem = await response.json();
    const fields = (problem.errors ?? []).map((issue) => `${issue.path}: ${issue.message}`);
    return [problem.detail ?? problem.title, ...fields].join(' — ');
  } catch {
    return `HTTP ${response.status}`;
  }
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

const roleText = (g) => [g.role, g.organization ?? g.sector ?? g.fieldOffice ?? (g.country ? `${g.country} (${g.via})` : '')].filter(Boolean).join(': ');

async function listPeople() {
  const response = await fetch('/v1/people', { credentials: 'same-origin' });
  if (!response.ok) return;
  const { items } = await response.json();
  const rows = items.map((person) => {
    const row = document.createElement('tr');
    for (const text of [person.displayName, person.email ?? '—', person.roles.map(roleText).join(', ')]) {
      const cell = document.createElement('td');
      cell.textContent = text;
      row.append(cell);
    }
    return row;
  });
  document.getElementById('people').replaceChildren(...rows);
  document.getElementById('people-section').hidden = false;
}

const sessionResponse = await fetch('/v1/session', { credentials: 'same-origin' });
const session = sessionResponse.ok ? await sessionResponse.json() : undefined;
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
  const response = await fetch('/v1/invitations', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    result.textContent = `Not created: ${await problemText(response)}`;
    return;
  }
  const invitation = await response.json();
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
