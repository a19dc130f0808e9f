import { ORGANIZATION_FACETS, ValidationError, organizationsToCsv, parseOrganizationQuery } from '@ngo-liaison/core';
import { openStorage } from '../../storage/storage.js';
import { UsageError } from '../cli-errors.js';
import type { Command } from '../command.js';
import { requireExisting } from '../existing-database.js';

/** The parameters of GET /v1/organizations.csv, as flags: facets may repeat, the others not. */
const SINGLE = ['q', 'sort', 'lang'] as const;

export const exportOrganizationsCommand: Command = {
  name: 'organizations export',
  summary: 'write the directory as CSV on standard output (the columns of /v1/organizations.csv)',
  help: `liaison organizations export [--<parameter> <value>]… > organizations.csv

Writes the organisations as CSV on standard output: the same rendering as
GET /v1/organizations.csv (the same columns, UTF-8 with a byte-order mark, CRLF line ends,
spreadsheet formulas neutralised), with the same filters and defaults. Without --standing only
official partners are listed, as in the directory; every organisation:
  liaison organizations export --standing official --standing pending --standing former --standing not-attested

Parameters (as in the API; facets may be given several times, values OR-ed):
  --q <text>  --sort <relevance|name|partner-since|-partner-since>  --lang <ar|en|es|fr|ru|zh>
  ${ORGANIZATION_FACETS.map((facet) => `--${facet}`).join(' ')}`,
  arguments: [],
  options: {
    ...Object.fromEntries(SINGLE.map((name) => [name, { type: 'string' as const }])),
    ...Object.fromEntries(ORGANIZATION_FACETS.map((name) => [name, { type: 'string' as const, multiple: true }])),
  },
  async run({ values, location, out }) {
    requireExisting(location);
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(values)) {
      for (const item of [value].flat()) if (typeof item === 'string') params.append(name, item);
    }
    const storage = await openStorage(location);
    try {
      const { index } = await storage.organizations.snapshot();
      let query;
      try {
        query = parseOrganizationQuery(params, { vocabulary: index.vocabulary, paging: false });
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        throw new UsageError(error.issues.map((issue) => `--${issue.path}: ${issue.message}`).join('; '));
      }
      await out(organizationsToCsv(index.searchAll(query)));
    } finally {
      await storage.close();
    }
  },
};
