import { describe, expect, test } from 'vitest';
import { useTwoNodes, WALK_BACKENDS } from './two-nodes.js';
import { walkPeople } from './walk-people.js';

/*
 * Issue 15's forums prepared with Member States (paragraphs 9–12), walked as their people do it:
 * two `node dist/main.js` processes on one fresh database (SQLite, and PostgreSQL when
 * LIAISON_TEST_POSTGRES_URL is set), Debian's Chromium, invitations made by the operator's CLI.
 *  - Kenya's delegation proposes a theme for the (fictional) Coastal literacy forum in
 *    <ngo-forum-themes> on the forum page (first node) and supports it.
 *  - An NGO's editor supports it on the other node.
 *  - Kenya registers as a funder of the financing phase with the page's form.
 *  - Anyone, on either node, reads the standings (one Member State, one NGO) and the registration.
 */

const ORGANIZATION = 'demo-lanternfish-literacy-network';
const EVENT = 'demo-coastal-literacy-forum';

describe.each(WALK_BACKENDS)('on %s, across two nodes', (backend) => {
  const stage = useTwoNodes(backend);

  test('a Member State proposes and supports a theme, an NGO supports it, the Member State registers for a phase; everyone reads it', async () => {
    const { first, second } = stage;
    const { problems, open, person } = walkPeople(stage, { locale: 'en-US', timezoneId: 'Europe/Paris' });
    const kenya = await person(first, 'Walk Kenya', ['--role', 'member-state', '--country', 'KE']);
    const ngo = await person(second, 'Walk Editor', ['--role', 'ngo-editor', '--organization', ORGANIZATION]);
    const title = `Coastal languages online (${Math.random().toString(36).slice(2, 7)})`;

    // Kenya proposes a theme in the element and supports it.
    await kenya.goto(`${first.url}/demo/forum.html`);
    const themes = kenya.locator('ngo-forum-themes');
    await themes.locator('#theme-title').fill(title);
    await themes.locator('[part="save"]').click();
    const kenyasTheme = themes.locator('[part~="standing"]', { hasText: title });
    await kenyasTheme.waitFor();
    await kenyasTheme.locator('[part="support"]').click();
    await kenyasTheme.locator('[part="counts"]', { hasText: 'Member States: 1, NGOs: 0' }).waitFor();

    // The NGO's editor supports it on the other node.
    await ngo.goto(`${second.url}/demo/forum.html`);
    const ngoTheme = ngo.locator('ngo-forum-themes [part~="standing"]', { hasText: title });
    await ngoTheme.waitFor({ timeout: 15_000 });
    await ngoTheme.locator('[part="support"]').click();
    await ngoTheme.locator('[part="counts"]', { hasText: 'Member States: 1, NGOs: 1' }).waitFor();
    expect(await ngo.locator('#register-section').isHidden()).toBe(true);

    // Kenya registers as a funder of the financing phase; the element lists it.
    await kenya.locator('#phase').selectOption('financing');
    await kenya.locator('#role').selectOption('funder');
    await kenya.locator('#register button[type="submit"]').click();
    await themes.locator('[part="registration"][data-country="KE"]', { hasText: 'Kenya: Funder' }).waitFor();

    // Anyone, signed out, on either node: the standings and the registration.
    for (const node of [first, second]) {
      const visitor = await open();
      await visitor.goto(`${node.url}/demo/forum.html`);
      await visitor.locator('ngo-forum-themes [part~="standing"]', { hasText: title }).locator('[part="counts"]', { hasText: 'Member States: 1, NGOs: 1' }).waitFor({ timeout: 15_000 });
      await visitor.locator('ngo-forum-themes [part="phase"][data-phase="financing"] [part="registration"]', { hasText: 'Kenya: Funder' }).waitFor();
    }
    const registrations = (await (await fetch(`${second.url}/v1/events/${EVENT}/phase-registrations`)).json()) as { items: { country: string; phase: string; role: string }[] };
    expect(registrations.items.map((r) => [r.country, r.phase, r.role])).toEqual([['KE', 'financing', 'funder']]);
    expect(problems).toEqual([]);
  });
});
