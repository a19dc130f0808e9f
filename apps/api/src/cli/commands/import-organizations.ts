import { readFile } from 'node:fs/promises';
import { openDatabase } from '../../storage/database.js';
import { importOrganizations, storedOrganizations } from '../../storage/import-organizations.js';
import { CommandFailed } from '../cli-errors.js';
import type { Command } from '../command.js';
import { formatProblems, planOrganizationImport } from '../organization-import-plan.js';

export const importOrganizationsCommand: Command = {
  name: 'organizations import',
  summary: 'insert and update organisations from a CSV file (the columns of the export), all or nothing',
  help: `liaison organizations import <file.csv> [--dry-run]

Reads a CSV with the columns of \`organizations export\` and upserts its rows by id:
- an existing id: each editable cell that differs from the stored record replaces that field
  (names, kind, scope, hq_city, hq_country, founded, website, sectors, sdgs,
  countries_of_presence, working_languages, fields_of_interest, identifiers, source_urls,
  as_of, verified, fictional); what the CSV does not carry (descriptions, the partnership
  history and its evidence, contacts, acronyms and former names by language) is kept;
- a new id: a new organisation from the editable cells;
- computed or lossy columns (standing, category, state, category_since, partner_since,
  decision_ref, associate_term_ends, partnership_sources, cooperation_sources, acronyms,
  former_names, fields_of_interest_en, contacts) are not written: each such cell must be empty
  or say what the record says;
- organisations not in the file are left alone; lists are separated by "; ".
Every row is checked first (the schema and rules the seed passes); any problem is reported by
row (the header is row 1) and column, and nothing is written (exit code 1). Then one
transaction writes every change: a failure or a killed process leaves the database as before.
Unchanged rows are not written, so importing an export changes nothing. Running servers serve
the changes within a second. Progress goes to standard error.

  --dry-run   check the file and report what would change, write nothing`,
  arguments: ['file.csv'],
  options: { 'dry-run': { type: 'boolean' } },
  async run({ values, positionals: [file = ''], location, out, note }) {
    let csv: string;
    try {
      csv = await readFile(file, 'utf8');
    } catch (error) {
      throw new CommandFailed(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    const { db, kind } = await openDatabase(location);
    try {
      const stored = await storedOrganizations(db);
      note(`checking ${file} against ${stored.size} stored organisations`);
      const plan = planOrganizationImport(csv, stored);
      if (plan.problems.length) {
        throw new CommandFailed(`${file}: ${plan.problems.length} problem${plan.problems.length === 1 ? '' : 's'}; nothing was imported`, formatProblems(plan.problems));
      }
      const summary = `${plan.rows} rows: ${plan.inserts.length} new, ${plan.updates.length} updated, ${plan.unchanged} unchanged`;
      if (values['dry-run']) {
        await out(`${summary} (dry run: nothing written)\n`);
        return;
      }
      const records = [...plan.inserts, ...plan.updates];
      note(`writing ${records.length} organisations in one transaction`);
      await importOrganizations(db, kind, { records, expected: stored }, (written, total) => note(`written ${written}/${total} (not committed yet)`));
      await out(`${summary}; committed\n`);
    } finally {
      await db.destroy();
    }
  },
};
