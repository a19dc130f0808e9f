// The Secretariat's review page: <ngo-revision-review> on the cookie session's client.
import { client, currentSession, languageSwitch } from '/demo/write-path.js';

const $ = (id) => document.getElementById(id);
languageSwitch();
const session = await currentSession();
const secretariat = session?.roles.some((grant) => grant.role === 'secretariat');
$('who').textContent = session ? `Signed in as ${session.person.displayName}.` : 'Not signed in.';
if (secretariat) {
  document.querySelector('ngo-revision-review').client = client;
  $('review-section').hidden = false;
} else {
  $('not-secretariat').hidden = false;
}
