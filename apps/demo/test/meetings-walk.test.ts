import { describe, expect, test } from 'vitest';
import { checkIcs } from '../../api/test/ics-oracle.js';
import { useSmtpSink } from '../../api/test/smtp-sink.js';
import { axeViolations } from './axe-page.js';
import { useTwoNodes, WALK_BACKENDS } from './two-nodes.js';
import { walkPeople } from './walk-people.js';

/*
 * Issue 15's NGO ↔ National Commission meetings (paper ¶13), walked as their people do it: two
 * `node dist/main.js` processes on one fresh database (SQLite, and PostgreSQL when
 * LIAISON_TEST_POSTGRES_URL is set), Debian's Chromium, invitations made by the operator's CLI.
 *  - An NGO editor, on the NGO page, chooses a member of France's National Commission in
 *    <ngo-meetings> and proposes two times.
 *  - The Commission member, on the Member State page (other node), confirms the second one.
 *  - The NGO's element shows the meeting confirmed for that time. Each signed-in state is axe clean.
 *  - Both receive the invitation: one mail each, over a real SMTP server on loopback, whose
 *    text/calendar part is an iCalendar REQUEST for the confirmed time (read by ical.js).
 */

const ORGANIZATION = 'demo-lanternfish-literacy-network';

/** The calendar date `days` from now, as a date input takes it. */
const dayIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const sink = useSmtpSink();

describe.each(WALK_BACKENDS)('on %s, across two nodes', (backend) => {
  const stage = useTwoNodes(backend, () => ({ SMTP_URL: sink.url, MAIL_POLL_MS: '50' }));

  test('an NGO asks a National Commission member to meet from the list of whom it may ask; the member confirms a time', async () => {
    const { first, second } = stage;
    const { problems, person } = walkPeople(stage, { locale: 'en-US', timezoneId: 'Europe/Paris' });
    const ngo = await person(first, 'Walk Editor', ['--role', 'ngo-editor', '--organization', ORGANIZATION]);
    const commission = await person(second, 'Walk Commission', ['--role', 'member-state', '--country', 'FR', '--via', 'national-commission']);
    const subject = `Reading circles in Marseille (${Math.random().toString(36).slice(2, 7)})`;

    // The NGO chooses the Commission member and proposes two times (Paris time, the browser's zone).
    await ngo.goto(`${first.url}/demo/ngo.html`);
    const mine = ngo.locator('ngo-meetings');
    await expect.poll(() => mine.locator('#counterpart option').count(), { timeout: 30_000 }).toBeGreaterThan(1);
    const choice = mine.locator('#counterpart option', { hasText: 'Walk Commission' });
    await mine.locator('#counterpart').selectOption((await choice.getAttribute('value'))!);
    await mine.locator('#subject').fill(subject);
    const day = dayIn(30);
    await mine.locator('#slot-0-date').fill(day);
    await mine.locator('#slot-0-start').fill('10:00');
    await mine.locator('#slot-0-end').fill('11:00');
    await mine.locator('[part="add-slot"]').click();
    await mine.locator('#slot-1-date').fill(day);
    await mine.locator('#slot-1-start').fill('15:00');
    await mine.locator('#slot-1-end').fill('16:00');
    await mine.locator('form [part="save"]').click();
    await mine.getByText('Your request was sent.').waitFor();
    await mine.locator('[part~="meeting"]', { hasText: subject }).getByText('Awaiting the other party’s answer.').waitFor();
    expect(await axeViolations(ngo, 'ngo-meetings')).toEqual([]);

    // The Commission member, on the other node, confirms the afternoon time.
    await commission.goto(`${second.url}/demo/member-state.html`);
    const theirs = commission.locator('ngo-meetings');
    const meeting = theirs.locator('[part~="meeting"]', { hasText: subject });
    await meeting.getByText('Your answer is awaited.').waitFor({ timeout: 30_000 });
    await meeting.getByText('With Walk Editor').waitFor();
    await meeting.getByLabel(/16:00 \(Europe\/Paris\)|4:00\sPM \(Europe\/Paris\)/).check();
    await meeting.locator('[part="confirm"]').click();
    await theirs.getByText('The meeting is confirmed.').waitFor();
    expect(await axeViolations(commission, 'ngo-meetings')).toEqual([]);

    // The NGO sees it confirmed for that time.
    await ngo.reload();
    const confirmed = ngo.locator('ngo-meetings [part~="meeting"]', { hasText: subject });
    await confirmed.locator('[part="meeting-status"]', { hasText: 'Confirmed' }).waitFor({ timeout: 30_000 });
    expect(await confirmed.locator('[part="meeting-slot"]').textContent()).toMatch(/Confirmed for .*(3:00|15:00).*\(Europe\/Paris\)/);

    // Both parties receive the invitation once: an iCalendar REQUEST for 15:00 in Paris that day.
    const invitations = async (address: string) => sink.messagesTo(address).filter((mail) => mail.parts.some((part) => part.contentType === 'text/calendar'));
    const addresses = ['walk.editor@example.org', 'walk.commission@example.org'];
    for (const address of addresses) await expect.poll(async () => (await invitations(address)).length, { timeout: 15_000, message: `an invitation to ${address}` }).toBe(1);
    const starts = new Set<number>();
    for (const address of addresses) {
      const part = (await invitations(address))[0]!.parts.find((p) => p.contentType === 'text/calendar')!;
      expect(part.params.method).toBe('REQUEST');
      const [event] = (await checkIcs(part.body)).events;
      expect(event?.summary).toContain(subject);
      starts.add(event!.startMs);
    }
    const parisOffset = (instant: Date) => Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Paris', timeZoneName: 'longOffset' }).formatToParts(instant).find((p) => p.type === 'timeZoneName')!.value.slice(4, 6));
    const noonUtc = new Date(`${day}T12:00:00Z`);
    expect([...starts]).toEqual([Date.parse(`${day}T15:00:00Z`) - parisOffset(noonUtc) * 3_600_000]);
    expect(problems).toEqual([]);
  });
});
