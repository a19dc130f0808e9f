// The Secretariat's page for hearing requests (paper ¶7–8): each request waiting for an answer,
// with a form to accept it with a slot or to decline it with a reason; the decided ones below.
// The client on the session cookie sends the CSRF token with every change. Text goes in with
// textContent only: statements and names are data, never markup.
import { client, currentSession } from '/demo/write-path.js';
import { el, problemText } from '/demo/role-page.js';

const who = document.getElementById('who');
const result = document.getElementById('decision-result');

/** The offset (minutes east of UTC) of `zone` at the instant `ms`, e.g. 60 for Paris in winter. */
function offsetMinutes(zone, ms) {
  const name = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(ms).find((part) => part.type === 'timeZoneName').value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/** The ISO instant of wall time `date` `time` in `zone` (twice, so a change of offset that day settles). */
function instantIn(date, time, zone) {
  const wall = Date.parse(`${date}T${time}:00Z`);
  let ms = wall - offsetMinutes(zone, wall) * 60_000;
  ms = wall - offsetMinutes(zone, ms) * 60_000;
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

const when = (iso, zone) => new Date(iso).toLocaleString('en-GB', { timeZone: zone, dateStyle: 'medium', timeStyle: 'short' });

/** A paragraph holding `children`. */
function paragraph(...children) {
  const p = el('p');
  p.append(...children);
  return p;
}

/** One labelled input: <p><label>…</label> <input></p>. */
const field = (id, label, attributes) => paragraph(el('label', label, { for: id }), ' ', el('input', null, { id, ...attributes }));

function requestItem(hearing, session, names) {
  const item = el('li', null, { 'data-hearing': hearing.id });
  const organization = names.get(hearing.organization) ?? hearing.organization;
  item.append(el('h3', organization));
  const dates = session?.dates ? ` (${session.dates.start} to ${session.dates.end})` : '';
  item.append(el('p', `Session ${hearing.session}${dates}, agenda item ${hearing.agendaItem}; asked on ${hearing.requestedAt.slice(0, 10)}.`));
  item.append(el('blockquote', hearing.statement, { lang: hearing.language }));

  const zone = session?.timeZone ?? 'Europe/Paris';
  const accept = el('form', null, { novalidate: '' });
  const fieldset = el('fieldset');
  fieldset.append(
    el('legend', `Accept ${organization}'s request with a slot`),
    field(`date-${hearing.id}`, 'Day', { type: 'date', value: session?.dates?.start ?? '', ...(session?.dates ? { min: session.dates.start, max: session.dates.end } : {}) }),
    field(`start-${hearing.id}`, 'From', { type: 'time', value: '09:00' }),
    field(`end-${hearing.id}`, 'To', { type: 'time', value: '09:20' }),
    field(`zone-${hearing.id}`, 'Time zone', { value: zone, autocomplete: 'off' }),
    paragraph(el('button', 'Accept', { type: 'submit' })),
  );
  accept.append(fieldset);
  accept.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = (name) => document.getElementById(`${name}-${hearing.id}`).value.trim();
    const timeZone = value('zone');
    let slot;
    try {
      slot = { start: instantIn(value('date'), value('start'), timeZone), end: instantIn(value('date'), value('end'), timeZone), timeZone };
    } catch {
      result.textContent = `Not accepted: give a day, two times and a time zone such as Europe/Paris.`;
      return;
    }
    void decide(() => client.hearings.accept(hearing.id, slot), `Accepted: ${organization} is heard on ${when(slot.start, timeZone)} (${timeZone}).`);
  });

  const decline = el('form', null, { novalidate: '' });
  const declineSet = el('fieldset');
  declineSet.append(
    el('legend', `Decline ${organization}'s request`),
    field(`reason-${hearing.id}`, 'Reason (the NGO reads it)', { maxlength: '1000', autocomplete: 'off' }),
    paragraph(el('button', 'Decline', { type: 'submit' })),
  );
  decline.append(declineSet);
  decline.addEventListener('submit', (event) => {
    event.preventDefault();
    const reason = document.getElementById(`reason-${hearing.id}`).value.trim();
    void decide(() => client.hearings.decline(hearing.id, reason), `Declined: ${organization} reads your reason in its inbox.`);
  });
  item.append(accept, decline);
  return item;
}

async function decide(send, done) {
  try {
    await send();
  } catch (error) {
    result.textContent = `Not recorded: ${problemText(error)}`;
    return;
  }
  await show();
  result.textContent = done;
}

async function show() {
  const [requested, sessions] = await Promise.all([client.hearings.list({ limit: 100 }), client.sessions.list({ body: ['ngp-committee'], limit: 100 })]);
  const hearings = requested.items;
  const sessionsById = new Map(sessions.items.map((session) => [session.id, session]));
  const names = new Map();
  await Promise.all(
    [...new Set(hearings.map((hearing) => hearing.organization))].map(async (id) => {
      const organization = await client.organizations.get(id).catch(() => undefined);
      const name = organization?.name?.en ?? Object.values(organization?.name ?? {})[0];
      if (name) names.set(id, name);
    }),
  );
  const waiting = hearings.filter((hearing) => hearing.state === 'requested');
  document.getElementById('requests').replaceChildren(...waiting.map((hearing) => requestItem(hearing, sessionsById.get(hearing.session), names)));
  document.getElementById('requests-empty').hidden = waiting.length > 0;
  const rows = hearings
    .filter((hearing) => hearing.state !== 'requested')
    .map((hearing) => {
      const row = el('tr');
      const outcome = hearing.slot ? `${when(hearing.slot.start, hearing.slot.timeZone)} (${hearing.slot.timeZone})` : (hearing.reason ?? '');
      for (const text of [names.get(hearing.organization) ?? hearing.organization, `${hearing.session}, item ${hearing.agendaItem}`, hearing.state, outcome]) row.append(el('td', text));
      return row;
    });
  document.getElementById('decided').replaceChildren(...rows);
  document.getElementById('requests-section').hidden = false;
  document.getElementById('decided-section').hidden = rows.length === 0;
}

const session = await currentSession();
if (!session) {
  who.textContent = 'Sign in as the Secretariat to answer hearing requests (see the sign-in page).';
} else if (!session.roles.some((grant) => grant.role === 'secretariat')) {
  who.textContent = `Signed in as ${session.person.displayName}: only the Secretariat answers hearing requests.`;
} else {
  who.textContent = `Signed in as ${session.person.displayName} (Secretariat).`;
  await show();
}
