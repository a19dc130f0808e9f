/**
 * The last rendered bodies (iCalendar feeds, CSV and vCard exports), keyed by their
 * revision ETag: a tag names the data revision, the route and the canonical query, so an
 * equal tag means an equal body and a hit skips the read and the rendering. Bounded in
 * entries and characters, least recently used first out, because queries come from clients.
 */
export class RenderedCache {
  readonly #bodies = new Map<string, string>();
  #chars = 0;

  constructor(
    private readonly maxEntries = 64,
    private readonly maxChars = 16 * 1024 * 1024,
  ) {}

  async get(tag: string, render: () => string | Promise<string>): Promise<string> {
    const cached = this.#bodies.get(tag);
    if (cached !== undefined) {
      // Re-insert: a Map iterates in insertion order, so the first key is the least recent.
      this.#bodies.delete(tag);
      this.#bodies.set(tag, cached);
      return cached;
    }
    const body = await render();
    if (body.length > this.maxChars) return body;
    this.#bodies.set(tag, body);
    this.#chars += body.length;
    for (const [key, value] of this.#bodies) {
      if (this.#bodies.size <= this.maxEntries && this.#chars <= this.maxChars) break;
      this.#bodies.delete(key);
      this.#chars -= value.length;
    }
    return body;
  }
}
