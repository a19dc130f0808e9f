import { describe, expect, it } from 'vitest';
import { validateSessions } from './validate-sessions.js';
import { boardAndNgp, makeSession } from './test-sessions.js';

const problems = (records: unknown[]) => validateSessions(records).problems;

describe('session rules', () => {
  it('accept a Board session with its NGP meeting', () => {
    expect(problems(boardAndNgp())).toEqual([]);
  });

  it('refuse an end before the start', () => {
    expect(problems([makeSession('demo-x', { dates: { start: '2026-10-05', end: '2026-10-01' } })])).toEqual([
      { path: 'sessions[demo-x].dates.end', message: 'must not be before dates.start (2026-10-05)' },
    ]);
  });

  it('refuse a session with neither number nor title', () => {
    expect(problems([makeSession('demo-x', { title: {} })])).toEqual([
      { path: 'sessions[demo-x].title', message: 'a session without a number needs a title in at least one language' },
    ]);
  });

  it('refuse an agenda item listed twice or without a title', () => {
    const agendaItems = [
      { number: '5', title: { en: 'A' }, documents: [] },
      { number: '5', title: {}, documents: [] },
    ];
    expect(problems([makeSession('demo-x', { agendaItems })])).toEqual([
      { path: 'sessions[demo-x].agendaItems[1].number', message: 'item "5" is listed twice' },
      { path: 'sessions[demo-x].agendaItems[1].title', message: 'needs the title in at least one language' },
    ]);
  });

  it('refuse a malformed agenda item number, naming the field', () => {
    expect(problems([makeSession('demo-x', { agendaItems: [{ number: '9.2/', title: { en: 'A' }, documents: [] }] })]).map((p) => p.path)).toEqual([
      'sessions[demo-x].agendaItems[0].number',
    ]);
  });

  it('give a parent session only to the NGP Committee', () => {
    expect(problems([makeSession('demo-ex'), makeSession('demo-gc', { body: 'general-conference', parentSessionId: 'demo-ex' })])).toEqual([
      { path: 'sessions[demo-gc].parentSessionId', message: 'only an NGP Committee session meets during another session' },
    ]);
  });

  it('require the NGP Committee to meet during a known Executive Board session', () => {
    const [board, ngp] = boardAndNgp();
    const { parentSessionId: _, ...orphan } = ngp;
    expect(problems([board, orphan])).toEqual([
      { path: 'sessions[demo-ngp].parentSessionId', message: 'an NGP Committee session meets during an Executive Board session: name it' },
    ]);
    expect(problems([ngp])).toEqual([{ path: 'sessions[demo-ngp].parentSessionId', message: 'unknown session "demo-ex"' }]);
    expect(problems([{ ...board, body: 'general-conference' }, ngp])).toEqual([
      { path: 'sessions[demo-ngp].parentSessionId', message: '"demo-ex" is not an Executive Board session' },
    ]);
  });

  it('keep the NGP meeting within its Board session, dates and number', () => {
    const [board, ngp] = boardAndNgp();
    expect(problems([board, { ...ngp, dates: { start: '2026-10-15', end: '2026-10-17' } }])).toEqual([
      { path: 'sessions[demo-ngp].dates', message: 'must fall within its Executive Board session (2026-10-05 to 2026-10-16)' },
    ]);
    const real = { sourceUrls: ['https://www.example.org/212'], asOf: '2026-11-26', verified: false, fictional: false };
    expect(problems([{ ...board, id: 'ex-212', number: 212, provenance: real }, { ...ngp, id: 'ngp-212', number: 211, parentSessionId: 'ex-212', provenance: real }])).toEqual([
      { path: 'sessions[ngp-212].number', message: 'must be the number of its Executive Board session (212)' },
    ]);
  });

  it('keep fictional meetings in fictional sessions', () => {
    const [board, ngp] = boardAndNgp();
    const real = { sourceUrls: ['https://www.example.org/212'], asOf: '2026-11-26', verified: false, fictional: false };
    expect(problems([{ ...board, id: 'ex-212', number: 212, provenance: real }, { ...ngp, parentSessionId: 'ex-212' }])).toEqual([
      { path: 'sessions[demo-ngp].parentSessionId', message: 'a fictional session meets only during a fictional session, a real one during a real one' },
    ]);
  });
});

describe('sample-data honesty of sessions', () => {
  const real = { sourceUrls: ['https://www.example.org/x'], asOf: '2026-11-26', verified: false, fictional: false };

  it('refuse a real session without sources or number, and a "demo-" id on a real one', () => {
    expect(problems([makeSession('ex-1', { provenance: { ...real, sourceUrls: [] }, number: 1 })])).toEqual([
      { path: 'sessions[ex-1].provenance.sourceUrls', message: 'a real session needs at least one source URL' },
    ]);
    expect(problems([makeSession('ex-1', { provenance: real })])).toEqual([{ path: 'sessions[ex-1].number', message: 'a real session needs its number' }]);
    expect(problems([makeSession('demo-1', { provenance: real, number: 1 })])).toEqual([
      { path: 'sessions[demo-1].id', message: 'only fictional sessions may use a "demo-" id' },
    ]);
  });

  it('refuse a number on a fictional session, a fictional one without "demo-", and duplicate ids', () => {
    expect(problems([makeSession('demo-1', { number: 220 })])).toEqual([
      { path: 'sessions[demo-1].number', message: 'a fictional session has no number (it would pose as a real one)' },
    ]);
    expect(problems([makeSession('ex-9')])).toEqual([{ path: 'sessions[ex-9].id', message: 'fictional sessions need an id starting with "demo-"' }]);
    expect(problems([makeSession('demo-1'), makeSession('demo-1')])).toEqual([{ path: 'sessions[demo-1].id', message: 'duplicate id "demo-1"' }]);
  });
});
