import type { Page } from '@ngo-liaison/core';

/**
 * The result of a list call. `await` it for the first page; `for await` over it for
 * every page in turn (following `nextCursor`); `items()` for every item. `P` is the page
 * type when a list returns more than items (search results carry facet counts).
 */
export class PagedList<T, P extends Page<T> = Page<T>> implements PromiseLike<P>, AsyncIterable<P> {
  #first: Promise<P> | undefined;
  readonly #fetchPage: (cursor: string | undefined) => Promise<P>;
  readonly #cursor: string | undefined;

  constructor(fetchPage: (cursor: string | undefined) => Promise<P>, cursor?: string) {
    this.#fetchPage = fetchPage;
    this.#cursor = cursor;
  }

  #firstPage(): Promise<P> {
    // The first page is fetched once, lazily, and shared by then() and iteration.
    return (this.#first ??= this.#fetchPage(this.#cursor));
  }

  then<R1 = P, R2 = never>(
    onFulfilled?: ((page: P) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#firstPage().then(onFulfilled, onRejected);
  }

  async *[Symbol.asyncIterator](): AsyncIterator<P> {
    let page = await this.#firstPage();
    yield page;
    while (page.nextCursor) {
      page = await this.#fetchPage(page.nextCursor);
      yield page;
    }
  }

  async *items(): AsyncIterable<T> {
    for await (const page of this) yield* page.items;
  }

  /** Collects every item, refusing to hold more than `max` (default 10,000). */
  async toArray({ max = 10_000 }: { max?: number } = {}): Promise<T[]> {
    const all: T[] = [];
    for await (const item of this.items()) {
      if (all.length === max) throw new RangeError(`more than ${max} items; raise max or iterate instead`);
      all.push(item);
    }
    return all;
  }
}
