import { roundScore } from './result-order.js';
import {
  ORGANIZATION_FACETS,
  orderFacetCounts,
  type FacetCount,
  type FacetCounts,
  type OrganizationFacet,
} from './facets.js';
import type { OrganizationFilters } from './organization-query.js';

/**
 * Every facet value of every document in one table: values get global ids (facet by
 * facet), each document lists its ids in one slice. Filtering and counting a document is
 * then one pass over a few integers, with no per-facet bookkeeping.
 */
export class FacetTable {
  readonly #values: string[][];
  readonly #ids: Map<string, number>[];
  readonly #base: number[];
  /** For each global value id: 1 << index of its facet. */
  readonly #facetBit: Int32Array;
  readonly #offsets: Int32Array;
  readonly #docValues: Int32Array;

  /** `perDoc[doc][facet index]` lists the document's values of that facet. */
  constructor(perDoc: readonly (readonly (readonly string[])[])[]) {
    this.#values = ORGANIZATION_FACETS.map(() => []);
    const local = ORGANIZATION_FACETS.map(() => new Map<string, number>());
    for (const facets of perDoc) {
      facets.forEach((values, f) => {
        for (const value of values) {
          if (!local[f]!.has(value)) {
            local[f]!.set(value, this.#values[f]!.length);
            this.#values[f]!.push(value);
          }
        }
      });
    }
    this.#base = [];
    let total = 0;
    for (const values of this.#values) {
      this.#base.push(total);
      total += values.length;
    }
    this.#ids = local.map((map, f) => new Map([...map].map(([value, id]) => [value, this.#base[f]! + id])));
    this.#facetBit = new Int32Array(total);
    this.#values.forEach((values, f) => this.#facetBit.fill(1 << f, this.#base[f]!, this.#base[f]! + values.length));
    this.#offsets = new Int32Array(perDoc.length + 1);
    const flat: number[] = [];
    perDoc.forEach((facets, doc) => {
      this.#offsets[doc] = flat.length;
      facets.forEach((values, f) => {
        for (const value of values) flat.push(this.#ids[f]!.get(value)!);
      });
    });
    this.#offsets[perDoc.length] = flat.length;
    this.#docValues = Int32Array.from(flat);
  }

  /** The distinct values of a facet present in the table. */
  values(facet: OrganizationFacet): readonly string[] {
    return this.#values[ORGANIZATION_FACETS.indexOf(facet)]!;
  }

  /**
   * Keeps the documents that pass every facet filter and counts facet values the
   * disjunctive way: a facet's counts ignore its own filter (what choosing one more value
   * would add) but apply all the others. `scores[i]` belongs to `docs[i]`.
   */
  filterAndCount(filters: OrganizationFilters, docs: Int32Array, scores?: Float64Array) {
    const selected = new Uint8Array(this.#facetBit.length);
    let activeMask = 0;
    ORGANIZATION_FACETS.forEach((facet, f) => {
      const values = filters[facet];
      if (!values?.length) return;
      activeMask |= 1 << f;
      for (const value of values) {
        const id = this.#ids[f]!.get(String(value));
        if (id !== undefined) selected[id] = 1;
      }
    });
    const counts = new Int32Array(this.#facetBit.length);
    const results: number[] = [];
    const resultScores: number[] = [];
    const offsets = this.#offsets;
    const docValues = this.#docValues;
    const facetBit = this.#facetBit;
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i]!;
      const start = offsets[doc]!;
      const end = offsets[doc + 1]!;
      let passed = 0;
      if (activeMask) for (let k = start; k < end; k++) if (selected[docValues[k]!]) passed |= facetBit[docValues[k]!]!;
      const failed = activeMask & ~passed;
      if (failed === 0) {
        results.push(doc);
        if (scores) resultScores.push(roundScore(scores[i]!));
        for (let k = start; k < end; k++) counts[docValues[k]!]!++;
      } else if ((failed & (failed - 1)) === 0) {
        // Fails exactly one facet: it still counts for that facet's other values.
        for (let k = start; k < end; k++) if (facetBit[docValues[k]!] === failed) counts[docValues[k]!]!++;
      }
    }
    const facets = {} as FacetCounts;
    ORGANIZATION_FACETS.forEach((facet, f) => {
      const base = this.#base[f]!;
      const chosen = new Set((filters[facet] ?? []).map(String));
      const list: FacetCount[] = [];
      this.#values[f]!.forEach((value, id) => {
        const count = counts[base + id]!;
        if (count > 0 || chosen.has(value)) list.push({ value, count });
      });
      for (const value of chosen) if (!this.#ids[f]!.has(value)) list.push({ value, count: 0 });
      facets[facet] = orderFacetCounts(facet, list);
    });
    return { results, resultScores, facets };
  }
}
