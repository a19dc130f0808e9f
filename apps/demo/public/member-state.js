// A Member State's page (its delegation or its National Commission): the recommendations
// addressed to it, each with a follow-up form (status, note, public or not); its inbox; and
// the public tracker for its country.
import { client } from '/demo/write-path.js';
import { $, el, openRolePage, problemText, STATUS_TEXT } from '/demo/role-page.js';

const ORDER = Object.keys(STATUS_TEXT);
const { grants } = await openRolePage('member-state');
const country = grants[0]?.country;
if (country) {
  $('inbox').client = client;
  // Meetings are a National Commission's (a delegation is told so by the element).
  const commission = grants.find((grant) => grant.via === 'national-commission');
  if (commission) $('meetings').setAttribute('country', commission.country);
  $('meetings').client = client;
  $('tracker').setAttribute('country', country);
  $('work').hidden = false;
  await showAddressed();
}

async function showAddressed() {
  const page = await client.recommendations.list({ country, limit: 50 }).then(undefined, (error) => {
    $('addressed-status').textContent = problemText(error);
    return { items: [] };
  });
  $('addressed').replaceChildren(...page.items.map(followUpForm));
  $('addressed-status').textContent = page.items.length === 0 ? `No recommendation is addressed to ${country} yet.` : '';
}

/** The tracker reads again (its attributes are its query). */
function refreshTracker() {
  const tracker = $('tracker');
  tracker.removeAttribute('country');
  tracker.setAttribute('country', country);
}

function followUpForm(recommendation) {
  const mine = recommendation.addressees.find((entry) => entry.addressee.kind === 'member-state' && entry.addressee.country === country);
  const latest = mine?.followUps.at(-1)?.status;
  const id = recommendation.id;
  const item = el('li', undefined, { 'data-recommendation': id });
  const text = recommendation.text.en ?? Object.values(recommendation.text)[0];
  item.append(
    el('h3', recommendation.reference ? `${recommendation.reference}: ${text}` : text),
    el('p', `From ${recommendation.event}. Your latest status: ${latest ? STATUS_TEXT[latest] : 'none yet'}.`)
  );
  const form = el('form', undefined, { novalidate: '' });
  const statusSelect = el('select', undefined, { id: `status-${id}` });
  const next = ORDER.filter((status) => !latest || ORDER.indexOf(status) > ORDER.indexOf(latest));
  for (const status of next) statusSelect.append(new Option(STATUS_TEXT[status], status));
  const note = el('textarea', undefined, { id: `note-${id}`, maxlength: '2000', rows: '2' });
  const isPublic = el('input', undefined, { id: `public-${id}`, type: 'checkbox' });
  const status = el('p', undefined, { role: 'status' });
  const submit = el('button', 'Record the follow-up', { type: 'submit' });
  form.append(el('p', undefined), el('p', undefined), el('p', undefined), el('p', undefined));
  form.children[0].append(el('label', 'Status', { for: statusSelect.id }), ' ', statusSelect);
  form.children[1].append(el('label', 'Note (optional)', { for: note.id }), ' ', note);
  form.children[2].append(isPublic, ' ', el('label', 'Make this follow-up public (the tracker and the feeds show it)', { for: isPublic.id }));
  form.children[3].append(submit);
  if (next.length === 0) submit.disabled = true;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    const lang = document.documentElement.lang || 'en';
    const body = {
      addressee: { kind: 'member-state', country },
      status: statusSelect.value,
      public: isPublic.checked,
      ...(note.value.trim() ? { note: { [lang]: note.value.trim() } } : {}),
    };
    try {
      await client.recommendations.followUp(id, body);
      await showAddressed();
      // After the list is drawn again, so the message outlives this form.
      $('addressed-status').textContent = `Recorded: ${STATUS_TEXT[body.status]}${body.public ? ', public' : ', not public'}.`;
      refreshTracker();
    } catch (error) {
      status.textContent = problemText(error);
      submit.disabled = false;
    }
  });
  item.append(form, status);
  return item;
}
