import { parse } from 'csv-parse/sync';
import { ORGANIZATION_CSV_HEADERS, organizationsToCsv, validateDataset, type Organization } from '@ngo-liaison/core';
import { COUNTRIES, SECTORS } from '@ngo-liaison/core/reference';
import { EDITABLE_COLUMNS, KEPT_COLUMNS, columnOfField, type MutableOrganization } from './organization-csv-columns.js';

/** One problem of an import file: its row (the header is row 1, as in a spreadsheet) and column. */
export interface CsvProblem {
  row: number;
  column: string;
  message: string;
}

/** What an import would write: validated records only, or the problems that stop it. */
export interface ImportPlan {
  rows: number;
  inserts: Organization[];
  updates: Organization[];
  unchanged: number;
  problems: CsvProblem[];
}

/** A spreadsheet-safe cell read back: the export puts an apostrophe before a would-be formula. */
const FORMULA_GUARD = /^'(?=\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|[\t\r])/;

/** Blank lines stay (as `['']`) so that row numbers are the file's records, as a spreadsheet numbers them. */
function parseCsv(text: string): string[][] {
  return parse(text, { bom: true, relax_column_count: true }) as string[][];
}

const isBlank = (cells: readonly string[]) => cells.length === 1 && cells[0] === '';

/** The cells of each record as the export writes them and a CSV reader reads them back. */
function renderedCells(organizations: readonly Organization[]): Map<string, string>[] {
  const [header = [], ...rows] = parseCsv(organizationsToCsv(organizations, { bom: false }));
  return rows.map((row) => new Map(header.map((column, i) => [column, row[i] ?? ''])));
}

function headerProblems(header: readonly string[]): CsvProblem[] {
  const problems: CsvProblem[] = [];
  const expected = new Set(ORGANIZATION_CSV_HEADERS);
  const seen = new Set<string>();
  for (const column of header) {
    if (!expected.has(column)) problems.push({ row: 1, column, message: 'unknown column (the columns are those of organizations export)' });
    else if (seen.has(column)) problems.push({ row: 1, column, message: 'column given twice' });
    seen.add(column);
  }
  for (const column of ORGANIZATION_CSV_HEADERS) {
    if (!seen.has(column)) problems.push({ row: 1, column, message: 'missing column' });
  }
  return problems;
}

/** A new organisation before its cells are read: the lists the schema requires, empty. */
function skeleton(id: string): MutableOrganization {
  return {
    id,
    kind: 'ngo',
    name: {},
    sectors: [],
    fieldsOfInterest: [],
    partnership: [],
    contacts: [],
    identifiers: [],
    provenance: { sourceUrls: [], asOf: '', verified: false, fictional: false },
  };
}

/**
 * Reads an import file against the stored organisations. Rows upsert by `id`; rows not in
 * the file are left alone. An editable cell that says what the stored record says changes
 * nothing (so an export imports back unchanged); one that differs replaces that field. Fields
 * the CSV does not carry, and its computed columns, are kept from the stored record; for a
 * new id they are absent, and their cells must be empty. Every record is then validated as
 * the seed is (core's validateDataset) and each problem is reported by row and column.
 */
export function planOrganizationImport(csv: string, stored: ReadonlyMap<string, Organization>): ImportPlan {
  const plan: ImportPlan = { rows: 0, inserts: [], updates: [], unchanged: 0, problems: [] };
  let table: string[][];
  try {
    table = parseCsv(csv);
  } catch (error) {
    const row = (error as { records?: number }).records;
    plan.problems.push({ row: typeof row === 'number' ? row + 1 : 0, column: '', message: `not readable as CSV: ${(error as Error).message}` });
    return plan;
  }
  const [header = [], ...rows] = table;
  plan.rows = rows.filter((cells) => !isBlank(cells)).length;
  plan.problems.push(...headerProblems(header));
  if (plan.problems.length) return plan;

  const rowOfId = new Map<string, number>();
  const candidates: { row: number; org: MutableOrganization; before: Organization | undefined }[] = [];
  const idAt = header.indexOf('id');
  const referenced = [...new Set(rows.map((cells) => cells[idAt] ?? ''))].flatMap((id) => stored.get(id) ?? []);
  const renderedStored = renderedCells(referenced);
  const storedCells = new Map(referenced.map((org, i) => [org.id, renderedStored[i]!]));

  rows.forEach((cells, index) => {
    const row = index + 2;
    const problem = (column: string, message: string) => plan.problems.push({ row, column, message });
    if (isBlank(cells)) return;
    if (cells.length !== header.length) return problem('', `has ${cells.length} cells, the header has ${header.length}`);
    const cell = new Map(header.map((column, i) => [column, cells[i]!]));
    const id = cell.get('id')!;
    if (!id) return problem('id', 'must not be empty');
    const before = stored.get(id);
    const beforeCells = storedCells.get(id);
    if (rowOfId.has(id)) return problem('id', `"${id}" is also on row ${rowOfId.get(id)}`);
    rowOfId.set(id, row);

    const org: MutableOrganization = before ? structuredClone(before) : skeleton(id);
    for (const [column, read] of EDITABLE_COLUMNS) {
      const value = cell.get(column)!;
      if (beforeCells?.get(column) === value) continue; // as stored: the field stays exactly as it is
      const reading = read(value.replace(FORMULA_GUARD, ''));
      if ('problem' in reading) problem(column, reading.problem);
      else reading.apply(org);
    }
    candidates.push({ row, org, before });
  });

  // Computed and lossy columns: empty, or what the record (as it will be stored) says.
  const afterCells = renderedCells(candidates.map((c) => c.org));
  candidates.forEach(({ row, org }, i) => {
    const cells = new Map(header.map((column, j) => [column, rows[row - 2]![j]!]));
    for (const [column, reason] of KEPT_COLUMNS) {
      const value = cells.get(column)!;
      const expected = afterCells[i]!.get(column) ?? '';
      if (value !== '' && value !== expected) {
        plan.problems.push({ row, column, message: `cannot be changed by import (${reason}): must be ${expected ? `"${expected}" or empty` : 'empty'}, got "${value}" (id ${org.id})` });
      }
    }
  });

  const report = validateDataset({ organizations: candidates.map((c) => c.org), countries: COUNTRIES, sectors: SECTORS });
  for (const { path, message } of report.problems) {
    const match = /^organizations\[([^\]]*)\]\.?(.*)$/.exec(path);
    const label = match?.[1] ?? '';
    const row = rowOfId.get(label) ?? candidates[Number(label)]?.row ?? 0;
    plan.problems.push({ row, column: columnOfField(match?.[2] ?? ''), message: `${message} (id ${label}, field ${match?.[2] || 'record'})` });
  }
  if (plan.problems.length) return plan;

  for (const { org, before } of candidates) {
    if (!before) plan.inserts.push(org);
    else if (JSON.stringify(org) === JSON.stringify(before)) plan.unchanged++;
    else plan.updates.push(org);
  }
  return plan;
}

/** One line per problem, in row order: "row 7, column hq_country: unknown country code "XX"". */
export function formatProblems(problems: readonly CsvProblem[]): string[] {
  return [...problems]
    .sort((a, b) => a.row - b.row)
    .map(({ row, column, message }) => `row ${row}${column ? `, column ${column}` : ''}: ${message}`);
}
