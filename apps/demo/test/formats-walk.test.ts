import { describe, expect, test } from 'vitest';
import { checkIcs } from '../../api/test/ics-oracle.js';
import { useTwoNodes, WALK_BACKENDS } from './two-nodes.js';
import { walkPeople } from './walk-people.js';

/*
 * Issue 15's "done when" for NGO hearings, walked as its people do it: two `node dist/main.js`
 * processes on one fresh database (SQLite, and PostgreSQL when LIAISON_TEST_POSTGRES_URL is set),
 * Debian's Chromium, invitations made by the operator's CLI.
 *  - An NGO editor asks to be heard on an item of the (fictional) next NGP session in
 *    <ngo-hearing-request> on the NGO page.
 *  - The Secretariat accepts it with a slot on its hearings page (other node).
 *  - The hearing is in the session's programme, on the partner page's <ngo-forum-calendar>, and in
 *    the calendar's iCalendar feed; the NGO's element shows the slot.
 */

const ORGANIZATION = 'demo-lanternfish-literacy-network';
const SESSION = 'demo-ngp-next';

/** What `client.hearings.accept` answers, as much as the walk reads. */
interface AcceptedHearing {
  id: string;
  state: string;
  eventId?: string;
  slot?: { start: string; timeZone: string };
}

describe.each(WALK_BACKENDS)('on %s, across two nodes', (backend) => {
  const stage = useTwoNodes(backend);

  test('an NGO asks to be heard, the Secretariat accepts with a slot, and the hearing is on the calendar and in its feed', async () => {
    const { first, second } = stage;
    const { problems, open, person } = walkPeople(stage, { locale: 'en-US', timezoneId: 'Europe/Paris' });
    const ngo = await person(first, 'Walk Editor', ['--role', 'ngo-editor', '--organization', ORGANIZATION]);
    const secretariat = await person(second, 'Walk Secretariat', ['--role', 'secretariat']);
    const statement = `We would speak on open skies for science, item 1 (${Math.random().toString(36).slice(2, 7)}).`;

    // The NGO asks to be heard in <ngo-hearing-request>.
    await ngo.goto(`${first.url}/demo/ngo.html`);
    const form = ngo.locator('ngo-hearing-request');
    await form.locator('#agendaItem').selectOption('1');
    await form.locator('#statement').fill(statement);
    await form.locator('[part="save"]').click();
    await form.getByText('The Secretariat will answer in your inbox').waitFor();
    await form.locator('[part~="hearing-item"]', { hasText: statement }).getByText('Waiting for the Secretariat').waitFor();

    // The Secretariat accepts it on its hearings page (other node): the session's first day, 09:00–09:20 in Paris.
    await secretariat.goto(`${second.url}/demo/hearings.html`);
    const request = secretariat.locator('#requests li', { hasText: statement });
    await request.waitFor({ timeout: 30_000 });
    await request.getByLabel('From').fill('09:00');
    await request.getByLabel('To').fill('09:20');
    await request.getByLabel('Time zone').fill('Europe/Paris');
    await request.getByRole('button', { name: 'Accept' }).click();
    await secretariat.locator('#decision-result', { hasText: 'Accepted: Lanternfish' }).waitFor();
    // What was recorded, read through the client on the same page (a string: the runner would rewrite a function's import()).
    const accepted = (await secretariat.evaluate(`(async () => {
      const { client } = await import('/demo/write-path.js');
      const found = await client.hearings.list({ state: 'accepted', session: ${JSON.stringify(SESSION)} });
      return found.items.find((hearing) => hearing.statement === ${JSON.stringify(statement)});
    })()`)) as AcceptedHearing;
    expect(accepted).toMatchObject({ state: 'accepted', eventId: expect.any(String), slot: { timeZone: 'Europe/Paris' } });
    expect(new Date(accepted.slot!.start).toLocaleTimeString('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' })).toBe('09:00');

    // The session's programme, on either node.
    await expect
      .poll(async () => ((await (await fetch(`${first.url}/v1/sessions/${SESSION}/hearings`)).json()) as { items: { id: string }[] }).items.map((h) => h.id))
      .toEqual([accepted.id]);

    // The NGO's element shows the slot, in the slot's zone.
    await ngo.reload();
    await form.locator('[part~="hearing-item"]', { hasText: statement }).locator('[part="hearing-slot"]').getByText('(Europe/Paris)').waitFor();

    // The partner page's calendar (first node), in the session's month, lists the hearing.
    const partner = await open();
    await partner.goto(`${first.url}/`);
    const calendar = partner.locator('ngo-forum-calendar');
    await calendar.evaluate((element, month) => element.setAttribute('month', month), accepted.slot!.start.slice(0, 7));
    await calendar.getByText('Hearing of Lanternfish').first().waitFor({ timeout: 15_000 });

    // And the iCalendar feed carries it (checked with ical.js).
    const ics = await (await fetch(`${second.url}/v1/events.ics`)).text();
    const event = (await checkIcs(ics)).events.find((e) => e.uid.startsWith(accepted.eventId!));
    expect(event, 'the hearing in the feed').toBeDefined();
    expect(event!.startMs).toBe(Date.parse(accepted.slot!.start));
    expect(problems).toEqual([]);
  });
});
