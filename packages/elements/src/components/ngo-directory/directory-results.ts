import type { ReactiveController } from 'lit';
import type { Organization } from '@ngo-liaison/core';
import type { FacetCounts, OrganizationQuery } from '@ngo-liaison/core/search';
import type { LiaisonElement } from '../../internal/liaison-element.js';
import type { LocalizeController } from '../../internal/localize-controller.js';
import type { OrganizationKey } from '../../internal/translation.js';
import { organizationsClientFor } from '../../internal/organizations-client-for.js';
import { RemoteBackend, type OrganizationSource, type ResultPage, type SearchBackend } from './directory-source.js';
import type { SkippedRecord } from './static-export.js';

export type Phase = 'loading' | 'searching' | 'loading-more' | 'ready' | 'error';

/** Delay before a change of results is announced (screen readers would otherwise hear every keystroke). */
const ANNOUNCE_DELAY = 700;
/** Ids of left-out records named in the notice; more are summed up by the count. */
const SKIPPED_IDS_SHOWN = 10;

/** Delay before typing reaches a server (a local index answers at once). */
const REMOTE_DEBOUNCE = 250;

/** Where the organisations come from, in order of precedence. */
export interface DataSource {
  items?: readonly Organization[] | undefined;
  src?: string | undefined;
  source?: OrganizationSource | undefined;
  apiBase?: string | undefined;
}

/** The query of the next request: search parameters in the page's language, and the page size. */
export type QueryProvider = () => OrganizationQuery & { limit: number };

/**
 * The directory's results: which backend answers (a local index or a server), the pages
 * loaded so far, facet counts, loading and error phases, and the delayed announcement of
 * result counts. The element renders what this holds.
 */
export class DirectoryResults implements ReactiveController {
  readonly #host: LiaisonElement;
  readonly #localize: LocalizeController<OrganizationKey>;
  readonly #query: QueryProvider;
  #backend: SearchBackend | undefined;
  #controller: AbortController | undefined;
  #debounce: ReturnType<typeof setTimeout> | undefined;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  #failed: 'setup' | 'new' | 'more' = 'new';
  #data: DataSource = {};
  #interrupted = false;

  organizations: readonly Organization[] = [];
  nextCursor: string | null = null;
  total: number | undefined;
  facets: Partial<FacetCounts> | undefined;
  phase: Phase = 'ready';
  error: unknown;
  /** Records of a `src` file that failed validation and were left out. */
  skipped: readonly SkippedRecord[] = [];
  /** Text of the polite live region. */
  announcement = '';
  /** Called after "Load more" has added cards, with the index of the first new one. */
  onMore: ((firstNew: number) => void) | undefined;

  constructor(host: LiaisonElement, localize: LocalizeController<OrganizationKey>, query: QueryProvider) {
    this.#host = host;
    this.#localize = localize;
    this.#query = query;
    host.addController(this);
  }

  get backend(): SearchBackend | undefined {
    return this.#backend;
  }

  /** True while a request is in flight or waiting for a pause in typing. */
  get busy(): boolean {
    return this.phase === 'loading' || this.phase === 'searching' || this.phase === 'loading-more';
  }

  hostDisconnected(): void {
    clearTimeout(this.#announceTimer);
    // Nobody sees the answer any more; `resume()` loads again when the element is put back.
    if (this.#controller || this.#debounce !== undefined) {
      this.#abort();
      this.#interrupted = true;
    }
  }

  /** Reloads what a removal from the page interrupted. */
  resume(): void {
    if (!this.#interrupted) return;
    this.#interrupted = false;
    if (this.#backend && this.phase !== 'loading') this.search('new');
    else this.setup(this.#data);
  }

  #abort(): void {
    this.#controller?.abort();
    this.#controller = undefined;
    clearTimeout(this.#debounce);
    this.#debounce = undefined;
  }

  #changed(): void {
    this.#host.requestUpdate();
  }

  /** Chooses where results come from and loads the first page. */
  setup(data: DataSource): void {
    this.#data = data;
    this.#abort();
    this.#interrupted = false;
    this.#backend = undefined;
    this.organizations = [];
    this.total = undefined;
    this.facets = undefined;
    this.nextCursor = null;
    this.error = undefined;
    this.skipped = [];
    const src = data.src?.trim();
    const apiBase = data.apiBase?.trim();
    if (!data.items && !src && data.source) {
      this.#backend = new RemoteBackend(data.source);
      this.search('new');
      this.#changed();
      return;
    }
    if (!data.items && !src && !apiBase) {
      this.phase = 'ready'; // Nothing to load from: the empty state says so rather than a blank box.
      this.#changed();
      return;
    }
    const controller = new AbortController();
    this.#controller = controller;
    this.phase = 'loading';
    const ready = (backend: SearchBackend) => {
      if (controller.signal.aborted) return;
      this.#controller = undefined;
      this.#backend = backend;
      this.search('new');
    };
    const failed = (error: unknown) => this.#fail(controller, error, 'setup');
    if (!data.items && !src) {
      organizationsClientFor(apiBase!).then((client) => ready(new RemoteBackend(client as OrganizationSource)), failed);
      this.#changed();
      return;
    }
    // A local index: the file, the index code and the country groupings (region and group
    // facets) load in parallel.
    const work = Promise.all([
      data.items ? { organizations: data.items, skipped: [] } : import('./static-export.js').then(({ loadStaticExport }) => loadStaticExport(src!, controller.signal)),
      import('./local-backend.js'),
      import('../../internal/reference.js').then((module) => module.COUNTRIES, () => undefined),
    ]).then(async ([{ organizations, skipped }, { LocalBackend }, countries]) => {
      if (controller.signal.aborted) return;
      const backend = await LocalBackend.build(organizations, countries, { signal: controller.signal });
      this.skipped = skipped;
      ready(backend);
      // Said once in the polite live region too (the notice appears without focus moving
      // to it), once the interface language has loaded.
      if (skipped.length) {
        void this.#host.updateComplete.then(() => {
          if (this.skipped !== skipped) return;
          this.announcement = this.skippedNotice();
          this.#changed();
        });
      }
    }).catch(failed);
    // Lazy modules hold up updateComplete; a file on the network does not (like the API's pages).
    if (data.items) this.#host.trackPending(work);
    this.#changed();
  }

  /**
   * Runs the query: the first page (`new`) or the next one (`more`). A local index answers
   * synchronously, so typing renders in the same frame; a server is asked after a pause.
   */
  search(mode: 'new' | 'more', { debounce = false, announce = false } = {}): void {
    const backend = this.#backend;
    if (!backend) return;
    this.#abort();
    const controller = new AbortController();
    this.#controller = controller;
    const cursor = mode === 'more' ? (this.nextCursor ?? undefined) : undefined;
    const params = { ...this.#query(), ...(cursor ? { cursor } : {}), signal: controller.signal };
    if (backend.local) {
      try {
        this.#apply(backend.search(params) as ResultPage, mode, announce);
      } catch (error) {
        this.#fail(controller, error, mode);
      }
      this.#controller = undefined;
      return;
    }
    this.phase = mode === 'more' ? 'loading-more' : this.organizations.length ? 'searching' : 'loading';
    this.#changed();
    const run = () => {
      this.#debounce = undefined;
      Promise.resolve(backend.search(params)).then(
        (page) => {
          if (controller.signal.aborted) return;
          this.#controller = undefined;
          this.#apply(page, mode, announce);
        },
        (error: unknown) => this.#fail(controller, error, mode),
      );
    };
    // Not tracked by updateComplete (unlike lazy modules): a slow server must not hold up rendering.
    if (debounce) this.#debounce = setTimeout(run, REMOTE_DEBOUNCE);
    else run();
  }

  /** Loads the next page, if there is one and nothing else is loading. */
  more(): void {
    if (this.phase === 'ready' && this.nextCursor) this.search('more');
  }

  /** Repeats what failed: the setup (a `src` file) or the page request. */
  retry(): void {
    if (this.#failed === 'setup' || !this.#backend) this.setup(this.#data);
    else this.search(this.#failed === 'more' ? 'more' : 'new');
  }

  #apply(page: ResultPage, mode: 'new' | 'more', announce: boolean): void {
    const firstNew = mode === 'more' ? this.organizations.length : 0;
    this.organizations = mode === 'more' ? [...this.organizations, ...page.items] : page.items;
    this.nextCursor = page.nextCursor;
    this.total = page.total;
    if (mode === 'new' || page.facets) this.facets = page.facets;
    this.phase = 'ready';
    this.error = undefined;
    if (mode === 'more') this.onMore?.(firstNew);
    if (announce) this.#scheduleAnnouncement();
    this.#changed();
  }

  #fail(controller: AbortController, error: unknown, mode: 'setup' | 'new' | 'more'): void {
    if (controller.signal.aborted) return;
    this.#controller = undefined;
    this.error = error;
    this.#failed = mode;
    this.phase = 'error';
    this.#changed();
  }

  /** "3 records in the file were left out …: ids", in the interface language ('' when none were). */
  skippedNotice(): string {
    const { skipped } = this;
    if (!skipped.length) return '';
    const names = skipped.slice(0, SKIPPED_IDS_SHOWN).map((record) => record.id ?? `#${record.position}`);
    const ids = names.join(', ') + (skipped.length > SKIPPED_IDS_SHOWN ? ', …' : '');
    return this.#localize.plural('skippedRecords', skipped.length, { ids });
  }

  /** Announces the count once results stop changing; the region is emptied first so a repeat is heard. */
  #scheduleAnnouncement(): void {
    clearTimeout(this.#announceTimer);
    this.announcement = '';
    this.#announceTimer = setTimeout(() => {
      const localizer = this.#localize;
      const total = this.total ?? this.organizations.length;
      this.announcement = total === 0 ? localizer.term('noMatches') : localizer.plural('foundCount', total);
      this.#changed();
    }, ANNOUNCE_DELAY);
  }
}
