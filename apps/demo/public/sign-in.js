// Liaison's sign-in page: accept an invitation (its secret arrives in the URL fragment), or sign
// in with e-mail and password; then show who is signed in and their roles. The session lives in
// an HttpOnly cookie; the CSRF token GET /v1/session returns is kept in memory only.

const $ = (id) => document.getElementById(id);
/** A hint (never trusted) that this browser signed in, so a first visit does not ask the server and log a 401. */
const HINT = 'liaison-signed-in';
let csrfToken;

const ROLE_TEXT = {
  secretariat: () => 'Secretariat: everything, including partnership decisions, admissions and accounts',
  'liaison-committee': () => 'Liaison Committee member',
  sector: (g) => `Sector ${g.sector}`,
  'field-office': (g) => `Field office ${g.fieldOffice}`,
  'ngo-editor': (g) => `Editor of the organisation “${g.organization}”`,
  'member-state': (g) => `Member State ${g.country}, through its ${g.via === 'national-commission' ? 'National Commission' : 'permanent delegation'}`,
};

function show(section) {
  for (const id of ['accept', 'sign-in', 'signed-in']) $(id).hidden = id !== section;
}

function say(text) {
  $('status').textContent = text;
}

function clearErrors(form) {
  $('error-summary').hidden = true;
  $('error-list').replaceChildren();
  for (const input of form.querySelectorAll('input')) {
    input.removeAttribute('aria-invalid');
    const message = $(`${input.id}-error`);
    message.hidden = true;
    message.textContent = '';
  }
}

/** Shows `errors` ({ field, message }; field is an input name or absent) beside their fields and in a summary that takes focus. */
function showErrors(form, errors) {
  const list = $('error-list');
  for (const { field, message } of errors) {
    const input = field ? form.querySelector(`[name="${field}"]`) : null;
    const item = document.createElement('li');
    if (input) {
      input.setAttribute('aria-invalid', 'true');
      const fieldMessage = $(`${input.id}-error`);
      fieldMessage.textContent = message;
      fieldMessage.hidden = false;
      const link = document.createElement('a');
      link.href = `#${input.id}`;
      link.textContent = `${form.querySelector(`label[for="${input.id}"]`).textContent}: ${message}`;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        input.focus();
      });
      item.append(link);
    } else {
      item.textContent = message;
    }
    list.append(item);
  }
  $('error-summary').hidden = false;
  $('error-summary').focus();
}

/** Fields the browser can check before anything is sent. */
function localErrors(form) {
  const errors = [];
  for (const input of form.querySelectorAll('input')) {
    const label = form.querySelector(`label[for="${input.id}"]`).textContent;
    if (input.validity.valueMissing) errors.push({ field: input.name, message: `Enter your ${label.toLowerCase()}` });
    else if (input.validity.typeMismatch) errors.push({ field: input.name, message: 'Enter an e-mail address such as name@example.org' });
    else if (input.validity.tooShort) errors.push({ field: input.name, message: `Use at least ${input.minLength} characters` });
  }
  return errors;
}

/** A problem+json answer as field errors. */
async function problemErrors(response) {
  let problem = {};
  try {
    problem = await response.json();
  } catch {
    // not JSON: the status alone
  }
  if (Array.isArray(problem.errors) && problem.errors.length) {
    return problem.errors.map((e) => ({ field: e.path === 'secret' ? undefined : e.path, message: e.message }));
  }
  return [{ message: problem.detail ?? `The server answered ${response.status}` }];
}

function signedIn(session) {
  csrfToken = session.csrfToken;
  localStorage.setItem(HINT, '1');
  $('who').textContent = session.person.email ? `${session.person.displayName} (${session.person.email})` : session.person.displayName;
  $('roles').replaceChildren(
    ...session.roles.map((grant) => {
      const item = document.createElement('li');
      item.textContent = (ROLE_TEXT[grant.role] ?? (() => grant.role))(grant);
      return item;
    })
  );
  show('signed-in');
  $('signed-in-heading').setAttribute('tabindex', '-1');
  $('signed-in-heading').focus();
}

async function submit(form, path, body) {
  clearErrors(form);
  const local = localErrors(form);
  if (local.length) return showErrors(form, local);
  const button = form.querySelector('button');
  button.disabled = true;
  say('Sending…');
  try {
    const response = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), credentials: 'same-origin' });
    say('');
    if (!response.ok) return showErrors(form, await problemErrors(response));
    signedIn(await response.json());
    say('You are signed in.');
  } catch {
    say('');
    showErrors(form, [{ message: 'The server could not be reached; check your connection and try again.' }]);
  } finally {
    button.disabled = false;
  }
}

function start() {
  // The secret leaves the address bar (and the history) at once; it stays in this page's memory only.
  const invitation = new URLSearchParams(location.hash.slice(1)).get('invitation');
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);

  const accept = $('accept-form');
  accept.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(accept);
    void submit(accept, '/v1/invitations/accept', { secret: invitation, displayName: data.get('displayName'), email: data.get('email'), password: data.get('password') });
  });
  const signIn = $('sign-in-form');
  signIn.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(signIn);
    void submit(signIn, '/v1/session', { email: data.get('email'), password: data.get('password') });
  });
  $('sign-out').addEventListener('click', async () => {
    const response = await fetch('/v1/session', { method: 'DELETE', headers: { 'x-csrf-token': csrfToken ?? '' }, credentials: 'same-origin' });
    if (response.ok || response.status === 401) {
      localStorage.removeItem(HINT);
      show('sign-in');
      say('You are signed out.');
      $('sign-in-email').focus();
    } else {
      say('Signing out failed; reload the page and try again.');
    }
  });

  if (invitation) {
    show('accept');
    return;
  }
  show('sign-in');
  if (localStorage.getItem(HINT)) {
    void fetch('/v1/session', { credentials: 'same-origin' }).then(async (response) => {
      if (response.ok) signedIn(await response.json());
      else localStorage.removeItem(HINT);
    });
  }
}

start();
