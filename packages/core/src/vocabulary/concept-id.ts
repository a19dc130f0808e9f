import * as z from 'zod/mini';

/**
 * The id of a concept of the controlled vocabulary ("museums", "early-childhood"): what
 * `fieldsOfInterest` and programme `themes` hold. The schema checks the shape only (it ships
 * in widgets, which must not carry the vocabulary); validateDataset and validateProgrammeData
 * check that the concept exists.
 */
export const ConceptId = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug such as "museums"'));
export type ConceptId = z.infer<typeof ConceptId>;
