import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ChangeFeed } from '../storage/change-feed.js';

/** How an index was brought up to date: read whole, or only the changed records applied. */
export type IndexUpdateKind = 'full' | 'incremental';

/** Told of every index update (see ApiMetrics.recordIndexUpdate). */
export type IndexUpdateListener = (kind: IndexUpdateKind, seconds: number) => void;

/** Methods that get a label of their own; anything else is counted as `other` (bounded cardinality). */
const KNOWN_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE']);

/** Request latency buckets (seconds): most answers come from memory in a few ms; exports and cold indexes take longer. */
const REQUEST_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Index update buckets (seconds): one changed record is milliseconds, a full rebuild at 10,000 organisations about a second. */
const INDEX_BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export interface RequestObservation {
  method: string;
  /** The route pattern (see http/route-label.ts), never the raw path. */
  route: string;
  status: number;
  seconds: number;
}

/**
 * One server's Prometheus metrics, in a registry of its own: tests start several servers in
 * one process, and prom-client's global registry would mix (or refuse) their metrics.
 */
export class ApiMetrics {
  readonly registry = new Registry();
  readonly #requests: Counter<'method' | 'route' | 'status'>;
  readonly #requestDuration: Histogram<'method' | 'route'>;
  readonly #indexUpdates: Counter<'kind'>;
  readonly #indexUpdateDuration: Histogram<'kind'>;

  constructor(changes: ChangeFeed) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.#requests = new Counter({
      name: 'liaison_http_requests_total',
      help: 'HTTP requests answered, by method, route pattern and status',
      labelNames: ['method', 'route', 'status'],
      registers,
    });
    this.#requestDuration = new Histogram({
      name: 'liaison_http_request_duration_seconds',
      help: 'Time from receiving a request to its response being ready, by method and route pattern',
      labelNames: ['method', 'route'],
      buckets: REQUEST_BUCKETS,
      registers,
    });
    this.#indexUpdates = new Counter({
      name: 'liaison_index_updates_total',
      help: 'Search index updates, by kind: full (read whole) or incremental (changed records applied)',
      labelNames: ['kind'],
      registers,
    });
    this.#indexUpdateDuration = new Histogram({
      name: 'liaison_index_update_duration_seconds',
      help: 'Time taken by a search index update, by kind',
      labelNames: ['kind'],
      buckets: INDEX_BUCKETS,
      registers,
    });
    this.#observeChangeFeed(changes, registers);
  }

  observeRequest({ method, route, status, seconds }: RequestObservation): void {
    const methodLabel = KNOWN_METHODS.has(method) ? method : 'other';
    this.#requests.inc({ method: methodLabel, route, status: String(status) });
    this.#requestDuration.observe({ method: methodLabel, route }, seconds);
  }

  /** Counts an index update and its duration; an arrow, so it can be handed over as a listener. */
  readonly recordIndexUpdate: IndexUpdateListener = (kind, seconds) => {
    this.#indexUpdates.inc({ kind });
    this.#indexUpdateDuration.observe({ kind }, seconds);
  };

  /** The exposition text, and its content type (Prometheus text format 0.0.4). */
  async exposition(): Promise<{ body: string; contentType: string }> {
    return { body: await this.registry.metrics(), contentType: this.registry.contentType };
  }

  /**
   * The feed's batches and records as they are applied, and its position and reachability read
   * at scrape time. Subscribed after the repositories (openStorage subscribes them first), so a
   * batch counts once every repository has applied it: a failed one comes again and is counted then.
   */
  #observeChangeFeed(changes: ChangeFeed, registers: Registry[]): void {
    const batches = new Counter({
      name: 'liaison_change_batches_total',
      help: 'Change-log batches applied by this node; kind "everything" means it re-read all data (database replaced, or out of touch too long)',
      labelNames: ['kind'],
      registers,
    });
    const records = new Counter({
      name: 'liaison_change_records_total',
      help: 'Changed records applied from the change log, by table',
      labelNames: ['table'],
      registers,
    });
    new Gauge({
      name: 'liaison_change_log_position',
      help: 'The change-log sequence number this node has applied (equal on nodes that have caught up)',
      registers,
      collect() {
        this.set(changes.seq());
      },
    });
    new Gauge({
      name: 'liaison_storage_reachable',
      help: '1 when the last read of the change log reached the database, 0 when it failed',
      registers,
      collect() {
        this.set(changes.status.ok ? 1 : 0);
      },
    });
    new Gauge({
      name: 'liaison_storage_last_contact_timestamp_seconds',
      help: 'When the database was last read successfully (Unix time)',
      registers,
      collect() {
        this.set(changes.status.lastSuccessAt / 1000);
      },
    });
    changes.onChange(({ changed, everything }) => {
      batches.inc({ kind: everything ? 'everything' : 'incremental' });
      for (const [table, ids] of changed) records.inc({ table }, ids.size);
    });
  }
}
