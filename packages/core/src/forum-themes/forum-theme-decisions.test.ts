import { describe, expect, it } from 'vitest';
import type { Principal } from '../access/principal.js';
import type { RoleGrant } from '../access/roles.js';
import type { ForumEvent } from '../events/forum-event.js';
import { decideChooseForumTheme, decideProposeForumTheme, decideRegisterPhase, decideSupportForumTheme, decideWithdrawPhase } from './forum-theme-decisions.js';

const now = new Date('2026-12-04T12:00:00Z');
let n = 0;
const context = (over: object = {}) => ({ now, newId: () => `id-${++n}`, event, choice: undefined, organizations: { 'demo-org': { fictional: true }, real: { fictional: false } }, ...over });
const person = (...roles: RoleGrant[]): Principal => ({ kind: 'person', personId: 'p', displayName: 'P', roles, credential: { kind: 'token', id: 't' } });
const event = { id: 'demo-forum', kind: 'ngo-forum', when: { allDay: true, startDate: '2027-01-10', endDate: '2027-01-11', timeZone: 'UTC' }, provenance: { fictional: true } } as unknown as ForumEvent;
const kenya = person({ role: 'member-state', country: 'KE', via: 'delegation' });
const editor = person({ role: 'ngo-editor', organization: 'demo-org' });
const secretariat = person({ role: 'secretariat' });
const proposal = { title: { en: 'Open science' }, description: { en: 'Why' } };

describe('forum-theme decisions', () => {
  it('lets a Member State or an NGO editor propose, and nobody else', () => {
    const byState = decideProposeForumTheme(kenya, 'demo-forum', proposal, context());
    expect(byState).toMatchObject({ kind: 'propose', theme: { proposer: { kind: 'member-state', country: 'KE' } }, audit: { action: 'forum-theme.propose', role: 'member-state:KE:delegation' } });
    expect(decideProposeForumTheme(editor, 'demo-forum', proposal, context())).toMatchObject({ theme: { proposer: { kind: 'ngo', organization: 'demo-org' } } });
    expect(decideProposeForumTheme(secretariat, 'demo-forum', proposal, context())).toMatchObject({ kind: 'refuse', problem: { status: 403 } });
    expect(decideProposeForumTheme(editor, 'demo-forum', { ...proposal, organization: 'other' }, context())).toMatchObject({ problem: { status: 403 } });
    expect(decideProposeForumTheme({ kind: 'anonymous' }, 'demo-forum', proposal, context())).toMatchObject({ problem: { status: 401 } });
    expect(decideProposeForumTheme(kenya, 'nope', proposal, context({ event: undefined }))).toMatchObject({ problem: { status: 404 } });
    expect(decideProposeForumTheme(kenya, 'demo-forum', proposal, context({ now: new Date('2027-01-10T00:00:00Z') }))).toMatchObject({ problem: { status: 409 } });
    expect(decideProposeForumTheme(kenya, 'demo-forum', proposal, context({ event: { ...event, kind: 'ngp-session' } }))).toMatchObject({ problem: { status: 409 } });
  });

  it('asks a person acting for a State and an NGO which one acts', () => {
    const both = person({ role: 'member-state', country: 'KE', via: 'delegation' }, { role: 'ngo-editor', organization: 'demo-org' });
    expect(decideProposeForumTheme(both, 'demo-forum', proposal, context())).toMatchObject({ theme: { proposer: { kind: 'member-state' } } });
    expect(decideProposeForumTheme(both, 'demo-forum', { ...proposal, organization: 'demo-org' }, context())).toMatchObject({ theme: { proposer: { kind: 'ngo' } } });
    const twoOrgs = person({ role: 'ngo-editor', organization: 'a' }, { role: 'ngo-editor', organization: 'b' });
    expect(decideProposeForumTheme(twoOrgs, 'demo-forum', proposal, context())).toMatchObject({ problem: { status: 400, errors: [{ path: 'organization' }] } });
  });

  it('takes one support per party, and closes with the choice, which reaches every proposer once', () => {
    const a = decideProposeForumTheme(kenya, 'demo-forum', proposal, context());
    const b = decideProposeForumTheme(editor, 'demo-forum', proposal, context());
    const c = decideProposeForumTheme(kenya, 'demo-forum', proposal, context());
    if (a.kind !== 'propose' || b.kind !== 'propose' || c.kind !== 'propose') throw new Error('proposals');
    const first = decideSupportForumTheme(editor, a.theme.id, a.theme, [], {}, context());
    if (first.kind !== 'support') throw new Error('support');
    expect(decideSupportForumTheme(editor, a.theme.id, a.theme, [first.support], {}, context())).toMatchObject({ problem: { status: 409 } });
    expect(decideChooseForumTheme(kenya, 'demo-forum', [a.theme], { theme: a.theme.id, reasons: { en: 'r' } }, context())).toMatchObject({ problem: { status: 403 } });
    expect(decideChooseForumTheme(secretariat, 'demo-forum', [a.theme], { theme: 'x', reasons: { en: 'r' } }, context())).toMatchObject({ problem: { status: 400, errors: [{ path: 'theme' }] } });
    const chosen = decideChooseForumTheme(secretariat, 'demo-forum', [a.theme, b.theme, c.theme], { theme: a.theme.id, reasons: { en: 'Most supported' } }, context());
    if (chosen.kind !== 'choose') throw new Error('choose');
    expect(chosen.deliveries.map((d) => d.addressee)).toEqual([{ kind: 'member-state', country: 'KE' }, { kind: 'organization', organization: 'demo-org' }]);
    expect(chosen.deliveries[0]).toMatchObject({ kind: 'forum-theme.chosen', subject: { type: 'forum-theme', id: a.theme.id }, summary: { en: 'Most supported' } });
    expect(decideSupportForumTheme(kenya, b.theme.id, b.theme, [], {}, context({ choice: chosen.choice }))).toMatchObject({ problem: { status: 409 } });
    expect(decideChooseForumTheme(secretariat, 'demo-forum', [a.theme], { theme: a.theme.id, reasons: { en: 'r' } }, context({ choice: chosen.choice }))).toMatchObject({ problem: { status: 409 } });
  });

  it('keeps real and fictional apart: a fictional NGO acts only on a fictional event, a real one only on a real event', () => {
    const realEditor = person({ role: 'ngo-editor', organization: 'real' });
    const realEvent = { ...event, id: 'icngo-next', provenance: { fictional: false } } as unknown as ForumEvent;
    expect(decideProposeForumTheme(realEditor, 'demo-forum', proposal, context())).toMatchObject({ problem: { status: 409, detail: expect.stringContaining('fictional demo event') } });
    expect(decideProposeForumTheme(editor, 'icngo-next', proposal, context({ event: realEvent }))).toMatchObject({ problem: { status: 409, detail: expect.stringContaining('is real') } });
    expect(decideProposeForumTheme(realEditor, 'icngo-next', proposal, context({ event: realEvent }))).toMatchObject({ kind: 'propose' });
    // Member States are real and act on both.
    expect(decideProposeForumTheme(kenya, 'icngo-next', proposal, context({ event: realEvent }))).toMatchObject({ kind: 'propose' });
    expect(decideProposeForumTheme(kenya, 'demo-forum', proposal, context())).toMatchObject({ kind: 'propose' });
    const theme = decideProposeForumTheme(kenya, 'icngo-next', proposal, context({ event: realEvent }));
    if (theme.kind !== 'propose') throw new Error('propose');
    expect(decideSupportForumTheme(editor, theme.theme.id, theme.theme, [], {}, context({ event: realEvent }))).toMatchObject({ problem: { status: 409 } });
    expect(decideSupportForumTheme(realEditor, theme.theme.id, theme.theme, [], {}, context({ event: realEvent }))).toMatchObject({ kind: 'support' });
    // An organisation that is not stored is named in a 400.
    const ghost = person({ role: 'ngo-editor', organization: 'ghost' });
    expect(decideProposeForumTheme(ghost, 'demo-forum', proposal, context())).toMatchObject({ problem: { status: 400, errors: [{ path: 'organization' }] } });
  });

  it('registers a Member State for a phase with a role, edits it, and withdraws it', () => {
    const body = { phase: 'financing', role: 'funder' };
    const first = decideRegisterPhase(kenya, 'demo-forum', event, [], body, context());
    if (first.kind !== 'register') throw new Error('register');
    expect(first).toMatchObject({ created: true, registration: { country: 'KE', phase: 'financing', role: 'funder' }, audit: { action: 'forum-phase.register' } });
    const again = decideRegisterPhase(kenya, 'demo-forum', event, [first.registration], { ...body, role: 'co-organiser' }, context());
    expect(again).toMatchObject({ created: false, registration: { role: 'co-organiser' } });
    expect(decideRegisterPhase(editor, 'demo-forum', event, [], body, context())).toMatchObject({ problem: { status: 403 } });
    expect(decideRegisterPhase(kenya, 'demo-forum', event, [], { ...body, country: 'FR' }, context())).toMatchObject({ problem: { status: 403 } });
    expect(decideRegisterPhase(kenya, 'demo-forum', event, [], { phase: 'party', role: 'funder' }, context())).toMatchObject({ problem: { status: 400, errors: [{ path: 'phase' }] } });
    expect(decideWithdrawPhase(kenya, 'demo-forum', event, { country: 'KE', phase: 'financing' }, [first.registration], context())).toMatchObject({ kind: 'withdraw-phase' });
    expect(decideWithdrawPhase(kenya, 'demo-forum', event, { country: 'KE', phase: 'conduct' }, [first.registration], context())).toMatchObject({ problem: { status: 404 } });
  });
});
