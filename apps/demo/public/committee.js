// The Liaison Committee's page: record a recommendation of an event's outputs. Core proposes who
// it concerns, with its reasons; the Committee keeps, removes or adds addressees, then records it.
// Below: the Committee's inbox (follow-ups) and the public tracker.
import { client } from '/demo/write-path.js';
import { $, addresseeText, el, openRolePage, problemText, reasonText } from '/demo/role-page.js';

const { grants } = await openRolePage('liaison-committee');
if (grants.length > 0) {
  $('inbox').client = client;
  $('work').hidden = false;
  await listEvents();
  $('subject').addEventListener('submit', propose);
  $('record').addEventListener('click', record);
  $('add-addressee').addEventListener('click', addAddressee);
}

/** Forums, ICNGOs and the other events whose outputs may hold recommendations. */
async function listEvents() {
  const page = await client.events.list({ limit: 100 }).then(undefined, () => ({ items: [] }));
  const select = $('event');
  for (const event of page.items) select.append(new Option(event.title.en ?? Object.values(event.title)[0], event.id));
}

const list = (value) =>
  value
    .split(/[,\s]+/)
    .map((part) => part.trim())
    .filter(Boolean);

function subject() {
  const lang = document.documentElement.lang || 'en';
  const reference = $('reference').value.trim();
  return {
    event: $('event').value,
    ...(reference ? { reference } : {}),
    text: { [lang]: $('text').value.trim() },
    themes: list($('themes').value),
    sectors: [...document.querySelectorAll('input[name="sector"]:checked')].map((box) => box.value),
    countries: list($('countries').value.toUpperCase()),
  };
}

let proposed = [];

async function propose(event) {
  event.preventDefault();
  $('proposal-status').textContent = 'Asking core who this concerns…';
  try {
    const proposal = await client.recommendations.propose(subject());
    proposed = proposal.addressees;
    drawAddressees(proposed.map((entry) => ({ ...entry, checked: true })));
    $('proposal-status').textContent = `${proposed.length} addressee(s) proposed. Keep, remove or add, then record.`;
    $('confirm').hidden = false;
    $('addressees').querySelector('input')?.focus();
  } catch (error) {
    $('proposal-status').textContent = problemText(error);
  }
}

function drawAddressees(entries) {
  $('addressees').replaceChildren(
    ...entries.map((entry, index) => {
      const id = `addressee-${index}`;
      const box = el('input', undefined, { type: 'checkbox', id, 'data-addressee': JSON.stringify(entry.addressee) });
      box.checked = entry.checked;
      const item = el('li');
      const why = entry.reasons.length ? ` — ${entry.reasons.map(reasonText).join('; ')}` : ' — added by the Committee';
      item.append(box, ' ', el('label', `${addresseeText(entry.addressee)}${why}`, { for: id }));
      return item;
    })
  );
}

/** "sector:CLT", "member-state:KE", "field-office:nairobi": an addressee the proposal missed. */
function addAddressee() {
  const [kind, code] = $('extra-addressee').value.trim().split(':');
  const field = { sector: 'sector', 'field-office': 'fieldOffice', 'member-state': 'country', organization: 'organization' }[kind];
  if (!field && kind !== 'liaison-committee') {
    $('proposal-status').textContent = 'Write an addressee as sector:CLT, member-state:KE, field-office:nairobi, organization:<id> or liaison-committee.';
    return;
  }
  const current = [...$('addressees').querySelectorAll('input')].map((box) => ({
    addressee: JSON.parse(box.dataset.addressee),
    reasons: [],
    checked: box.checked,
  }));
  const addressee = field ? { kind, [field]: code } : { kind };
  current.push({ addressee, reasons: [], checked: true });
  // Keep the reasons shown for the ones core proposed.
  for (const entry of current) entry.reasons = proposed.find((p) => JSON.stringify(p.addressee) === JSON.stringify(entry.addressee))?.reasons ?? [];
  drawAddressees(current);
  $('extra-addressee').value = '';
}

async function record() {
  const addressees = [...$('addressees').querySelectorAll('input:checked')].map((box) => JSON.parse(box.dataset.addressee));
  $('record').disabled = true;
  try {
    const recommendation = await client.recommendations.record({ ...subject(), addressees }, { idempotencyKey: crypto.randomUUID() });
    $('proposal-status').textContent = `Recorded, and sent to ${recommendation.addressees.length} addressee(s).`;
    $('confirm').hidden = true;
    $('subject').reset();
    const tracker = $('tracker');
    tracker.setAttribute('event', recommendation.event);
  } catch (error) {
    $('proposal-status').textContent = problemText(error);
  } finally {
    $('record').disabled = false;
  }
}
