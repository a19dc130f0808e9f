// A forum prepared with Member States (paragraphs 9–12 of the working-group paper): the themes of
// the (fictional) next International NGO Forum in <ngo-forum-themes>, which anyone reads and a
// signed-in Member State or NGO editor proposes and supports; a Member State registers for a
// phase with the form below, and the element's read-only list shows it. Text goes in with
// textContent only. ?event= names another forum.
import { client, currentSession, languageSwitch, ROLE_TEXT } from '/demo/write-path.js';
import { $, problemText, showSignOut } from '/demo/role-page.js';

languageSwitch();
const themes = $('themes');
const params = new URLSearchParams(location.search);
if (params.get('event')) themes.setAttribute('event', params.get('event'));
const event = themes.getAttribute('event');
themes.client = client;

const session = await currentSession();
const grants = session ? session.roles.filter((grant) => grant.role === 'member-state' || grant.role === 'ngo-editor') : [];
if (!session) {
  $('who').textContent = 'Not signed in: you read the themes and phases.';
  $('signed-out').hidden = false;
} else {
  $('who').textContent = grants.length
    ? `Signed in as ${session.person.displayName}: ${grants.map((grant) => ROLE_TEXT[grant.role](grant)).join(', ')}.`
    : `Signed in as ${session.person.displayName}, who is neither a Member State nor an NGO editor: you read the themes and phases.`;
  $('signed-out').hidden = grants.length > 0;
  showSignOut();
}

const states = grants.filter((grant) => grant.role === 'member-state');
if (states.length) {
  // Acting for one Member State: the first the person holds (the element acts for it too).
  const country = states[0].country;
  if (states.length > 1) themes.setAttribute('country', country);
  $('register-heading').textContent = `Register ${country} for a phase`;
  $('register-section').hidden = false;
  $('register').addEventListener('submit', async (submit) => {
    submit.preventDefault();
    const button = $('register').querySelector('button');
    button.disabled = true;
    const body = { phase: $('phase').value, role: $('role').value, country };
    try {
      await client.forumThemes.register(event, body);
      $('register-status').textContent = `Registered: ${$('phase').selectedOptions[0].textContent}, ${$('role').selectedOptions[0].textContent}.`;
      // The element reads again (its event attribute is its query).
      themes.removeAttribute('event');
      themes.setAttribute('event', event);
    } catch (error) {
      $('register-status').textContent = problemText(error);
    }
    button.disabled = false;
  });
}
