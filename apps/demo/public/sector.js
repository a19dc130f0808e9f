// A sector focal point's page: the actions NGOs reported in the sector's programmes, to publish
// or return with a reason; the feedback NGOs sent the sector (<ngo-programme-feedback>); and the
// sector's inbox (<ngo-inbox>).
import { client } from '/demo/write-path.js';
import { $, el, openRolePage, problemText } from '/demo/role-page.js';

const { grants } = await openRolePage('sector');
if (grants.length > 0) {
  for (const element of document.querySelectorAll('ngo-programme-feedback, ngo-inbox')) element.client = client;
  document.querySelector('ngo-programme-feedback').setAttribute('sector', grants[0].sector);
  $('work').hidden = false;
  await showPending();
}

/** The pending submissions this person may decide, each with Publish and Return. */
async function showPending() {
  const list = $('pending');
  const page = await client.actionSubmissions.list({ state: 'pending', limit: 50 }).then(undefined, (error) => {
    $('pending-status').textContent = `The pending actions could not be loaded: ${problemText(error)}`;
    return { items: [] };
  });
  list.replaceChildren(...page.items.map(pendingItem));
  $('pending-status').textContent =
    page.items.length === 0 ? 'No action is waiting for your sector.' : `${page.items.length} action(s) waiting for your sector.`;
}

function pendingItem(submission) {
  const { action } = submission;
  const title = action.title.en ?? Object.values(action.title)[0];
  const item = el('li', undefined, { 'data-submission': action.id });
  const heading = el('h3', title);
  const lang = action.title.en ? 'en' : Object.keys(action.title)[0];
  heading.lang = lang;
  const where = el('p', `${action.programme} · ${action.countries.join(', ')} · ${action.period.start}${action.period.end ? ` to ${action.period.end}` : ''}`);
  const by = el(
    'p',
    `Reported by ${action.actor.kind === 'organization' ? action.actor.organization : action.actor.fieldOffice} (${submission.submittedBy.displayName}).`
  );
  const publish = el('button', 'Publish', { type: 'button' });
  const reasonId = `reason-${action.id}`;
  const reasonLabel = el('label', 'Reason for returning it', { for: reasonId });
  const reason = el('input', undefined, { id: reasonId, maxlength: '2000' });
  const back = el('button', 'Return with this reason', { type: 'button' });
  const status = el('p', undefined, { role: 'status' });
  publish.addEventListener('click', () => decide(() => client.actionSubmissions.publish(action.id), 'Published: it now reaches the inboxes concerned.'));
  back.addEventListener('click', () => {
    if (!reason.value.trim()) {
      status.textContent = 'Write the reason first: the organisation reads it.';
      reason.focus();
      return;
    }
    decide(() => client.actionSubmissions.return(action.id, reason.value.trim()), 'Returned to the organisation with your reason.');
  });
  async function decide(call, done) {
    publish.disabled = back.disabled = true;
    try {
      await call();
      status.textContent = done;
    } catch (error) {
      status.textContent = problemText(error);
      publish.disabled = back.disabled = false;
    }
  }
  item.append(heading, where, by, el('p', undefined), status);
  item.children[3].append(publish, ' ', reasonLabel, ' ', reason, ' ', back);
  return item;
}
