import { describe, expect, it } from 'vitest';
import { FICTIONAL_ORGANIZATIONS, REAL_ORGANIZATIONS } from '../sample/index.js';
import type { Organization } from '../schemas/organization.js';
import type { Principal } from '../access/principal.js';
import { SECRETARIAT, editorOf } from '../organization-writes/test-writes.js';
import { TEXT_CONTROL_CHARACTERS } from '../text/control-characters.js';
import { csvCell, toCsv } from './csv.js';
import { ORGANIZATION_CSV_HEADERS, organizationsToCsv } from './organizations-csv.js';
import { organizationVCard, organizationsToVCards } from './vcard.js';

/** A minimal RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('csv', () => {
  it('quotes what needs quoting and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+33 1 00')).toBe("'+33 1 00");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(true)).toBe('true');
  });

  it.each([
    ['a line feed then =', '\n=1+1'],
    ['a carriage return and line feed then =', '\r\n=HYPERLINK("http://x")'],
    ['spaces then =', '   =1+1'],
    ['a tab then +', '\t+1'],
    ['a fullwidth equals sign', '\uFF1DHYPERLINK("http://x")'],
    ['a fullwidth plus sign', '\uFF0B33 1 00'],
    ['a fullwidth minus sign', '\uFF0D1+2'],
    ['a fullwidth commercial at', '\uFF20SUM(A1)'],
    ['an ideographic space then =', '\u3000=1+1'],
  ])('defuses a formula behind %s', (_, value) => {
    const cell = parseCsv(toCsv([[value]], { bom: false }))[0]![0]!;
    expect(cell.startsWith("'")).toBe(true);
    expect(cell.slice(1)).toBe(value);
  });

  it('strips C0 control characters other than tab and line breaks', () => {
    expect(csvCell('bell\u0007 null\u0000 escape\u001B[31m del\u007F')).toBe('bell null escape[31m del');
    expect(csvCell('tab\tkept')).toBe('tab\tkept');
    expect(csvCell('\u0000=1+1')).toBe("'=1+1");
  });

  it('starts with a UTF-8 BOM and ends rows with CRLF', () => {
    const text = toCsv([['a', 'b'], ['é', 'متحف']]);
    expect(text.startsWith('\uFEFFa,b\r\n')).toBe(true);
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(toCsv([['x']], { bom: false })).toBe('x\r\n');
  });
});

describe('organizationsToCsv', () => {
  const all = [...REAL_ORGANIZATIONS, ...FICTIONAL_ORGANIZATIONS];
  const rows = parseCsv(organizationsToCsv(all).slice(1));

  it('has a header and one row per organisation, every row as wide as the header', () => {
    expect(rows[0]).toEqual([...ORGANIZATION_CSV_HEADERS]);
    expect(rows).toHaveLength(all.length + 1);
    for (const row of rows) expect(row).toHaveLength(ORGANIZATION_CSV_HEADERS.length);
  });

  it('carries names in six languages, status and associate term', () => {
    const column = (name: string) => ORGANIZATION_CSV_HEADERS.indexOf(name);
    const icom = rows.find((r) => r[0] === 'icom')!;
    expect(icom[column('name_fr')]).toBe('Conseil international des musées');
    expect(icom[column('category')]).toBe('associate');
    expect(icom[column('partnership_sources')]).toBe('http://ngo-db.unesco.org/r/or/en/1100048611');
    const wfeo = rows.find((r) => r[0] === 'wfeo')!;
    expect(wfeo[column('associate_term_ends')]).toBe('2029');
    // Unknown stays unknown: an empty category, never a made-up one.
    const imc = rows.find((r) => r[0] === 'imc')!;
    expect([imc[column('standing')], imc[column('category')]]).toEqual(['official', '']);
    const auf = rows.find((r) => r[0] === 'auf')!;
    expect([auf[column('name_en')], auf[column('name_fr')]]).toEqual(['', 'Agence universitaire de la Francophonie']);
  });

  it('carries fields of interest as concept ids and their English labels', () => {
    const column = (name: string) => ORGANIZATION_CSV_HEADERS.indexOf(name);
    const bice = rows.find((r) => r[0] === 'bice')!;
    expect([bice[column('fields_of_interest')], bice[column('fields_of_interest_en')]]).toEqual(['childrens-rights', "children's rights"]);
    const icom = rows.find((r) => r[0] === 'icom')!;
    expect([icom[column('fields_of_interest')], icom[column('fields_of_interest_en')]]).toEqual(['museums; heritage', 'museums; heritage']);
  });

  it('exports contacts of fictional organisations only, labelled fictional', () => {
    const column = ORGANIZATION_CSV_HEADERS.indexOf('contacts');
    for (const row of rows.slice(1)) {
      const fictional = row[ORGANIZATION_CSV_HEADERS.indexOf('fictional')] === 'true';
      if (!fictional) expect(row[column], row[0]).toBe('');
    }
    const demo = rows.find((r) => r[0] === FICTIONAL_ORGANIZATIONS[0]!.id)!;
    expect(demo[column]).toMatch(/^email: contact@.*\.example\.org \(fictional\)/);
  });
});

describe('vCard', () => {
  const demo = FICTIONAL_ORGANIZATIONS[0]!;

  it('is a vCard 4.0 with the fictional contacts, flagged as demo data', () => {
    const card = organizationVCard(demo)!;
    expect(card).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0\r\nKIND:org\r\n/);
    expect(card).toContain(`EMAIL;TYPE=work:contact@`);
    expect(card).toContain('NOTE:Fictional organisation and contact details (demo data).');
    expect(card.endsWith('END:VCARD\r\n')).toBe(true);
  });

  it('escapes text and folds long lines without splitting characters', () => {
    const org: Organization = {
      ...demo,
      name: { en: `Semi; colon, comma \\ back ${'é'.repeat(60)}`, fr: 'x' },
    };
    const card = organizationVCard(org)!;
    expect(card).toContain('FN:Semi\\; colon\\, comma \\\\ back');
    for (const line of card.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const unfolded = card.replace(/\r\n /g, '');
    expect(unfolded).toContain('é'.repeat(60));
  });

  it('writes no control characters, even from a record that carries them', () => {
    const org: Organization = { ...demo, name: { en: 'Bell\u0007 and escape\u001B[2J\u0000 tab\tend', fr: 'Nul\u0000le' } };
    const card = organizationVCard(org)!;
    expect(card).not.toMatch(TEXT_CONTROL_CHARACTERS);
    expect(card).toContain('FN:Bell and escape[2J tab\tend');
    // Line breaks survive only as CRLF line ends and folds, never raw inside a value.
    expect(card.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('is not made for real organisations (no exportable contacts)', () => {
    for (const org of REAL_ORGANIZATIONS) expect(organizationVCard(org), org.id).toBeUndefined();
  });

  it('holds partners-only contacts (any without public: true) only for readers who may see them', () => {
    const partnersOnly = { ...demo, contacts: [{ ...demo.contacts[0]!, public: undefined }] };
    expect(organizationVCard(partnersOnly)).toBeUndefined();
    expect(organizationVCard(partnersOnly, SECRETARIAT)).toContain('EMAIL');
    expect(organizationVCard(partnersOnly, editorOf('icom'))).toBeUndefined();
    expect(organizationVCard(partnersOnly, editorOf(demo.id))).toContain('EMAIL');
    expect(organizationVCard({ ...demo, contacts: [{ ...demo.contacts[0]!, fictional: false, public: true }] })).toContain('EMAIL');
    const csv = (reader?: Principal) => organizationsToCsv([partnersOnly], reader ? { reader } : {});
    expect(csv()).not.toContain(demo.contacts[0]!.value);
    expect(csv(SECRETARIAT)).toContain(demo.contacts[0]!.value);
  });

  it('concatenates the cards of a list, skipping organisations without exportable contacts', () => {
    const cards = organizationsToVCards([...REAL_ORGANIZATIONS.slice(0, 3), ...FICTIONAL_ORGANIZATIONS.slice(0, 2)]);
    expect(cards.match(/BEGIN:VCARD/g)).toHaveLength(2);
  });
});

describe('organizationsToJsonExport', () => {
  it('is every record whole with the total, valid against the contract', async () => {
    const { OrganizationExport } = await import('../contract/organizations.js');
    const { organizationsToJsonExport } = await import('./organizations-json.js');
    const data = organizationsToJsonExport(FICTIONAL_ORGANIZATIONS);
    expect(data.total).toBe(FICTIONAL_ORGANIZATIONS.length);
    expect(data.items).toEqual(FICTIONAL_ORGANIZATIONS);
    const { safeParse } = await import('zod/mini');
    expect(safeParse(OrganizationExport, JSON.parse(JSON.stringify(data))).success).toBe(true);
  });
});
