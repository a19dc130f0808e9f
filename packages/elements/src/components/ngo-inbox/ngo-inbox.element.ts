import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { INBOX_ITEM_KINDS, addresseeKey, addresseeOfKey, type Addressee, type InboxItem, type InboxItemKind, type InboxPage } from '@ngo-liaison/core';
import { addresseeLabel, addresseeText, localizedText, type AddresseeNames } from '../../internal/addressee-label.js';
import { errorMessage } from '../../internal/error-message.js';
import { KeyedLoader, sourceKey } from '../../internal/keyed-loader.js';
import { LiaisonElement } from '../../internal/liaison-element.js';
import { LocalizeController } from '../../internal/localize-controller.js';
import { OfficeNamesController } from '../../internal/office-names.js';
import { ReferenceController } from '../../internal/reference-controller.js';
import { pageUrl } from '../../internal/safe-url.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import type { InboxKey, TrackerKey } from '../../internal/translation.js';
import type { InboxClient, InboxPageParams } from '../../internal/write-client.js';
import { NgoInboxReadEvent } from '../../events/ngo-inbox-read.js';
import { tokens } from '../../styles/tokens.styles.js';
import { enCommon } from '../../translations/en/common.js';
import { enInbox } from '../../translations/en/inbox.js';
import { enTracker } from '../../translations/en/tracker.js';
import { loadInboxAreas } from '../../translations/load-inbox-areas.js';
import { reasonText } from './inbox-reasons.js';
import { inboxStyles } from './ngo-inbox.styles.js';

export type InboxState = 'idle' | 'loading' | 'ready' | 'empty' | 'error';

interface MorePages {
  after: InboxPage;
  pages: InboxPage[];
  loading: boolean;
  error: unknown;
}

/** Most unread items "Mark all read" collects (ten pages of 100); the rest stay for a second click. */
const MARK_ALL_MAX = 1000;
/** The API marks at most 200 items per request (MarkInboxBody). */
const MARK_BATCH = 200;

/**
 * @summary What concerns the signed-in person: the items of the inboxes they read (their
 * sectors, field offices, Member States, organisations, the Liaison Committee) — newly published
 * actions, feedback, recommendations and their follow-up — newest first, filtered by inbox, kind
 * and unread, each marked read or unread for this person, with each inbox's public Atom feed.
 *
 * @tagname ngo-inbox
 *
 * @event ngo-inbox-read - {NgoInboxReadEvent} The reader marked items read or unread.
 *
 * @csspart base - The inbox's box.
 * @csspart heading - The inbox's heading.
 * @csspart unread-count - The number of unread items over the filter (a polite live region).
 * @csspart filters - The filters (`<fieldset>`): `addressee-filter`, `kind-filter`, `unread-filter`.
 * @csspart mark-all - The "Mark all read" button.
 * @csspart list - The list of items; `item` one of them (`data-read` says whether it was read).
 * @csspart item - One item (`<article>` inside).
 * @csspart kind - The item's kind in words.
 * @csspart date - When it was delivered.
 * @csspart unread-mark - The marker of an unread item.
 * @csspart title - The item's title (a heading), in its own language.
 * @csspart summary - A line of context (a return reason, a follow-up's status).
 * @csspart addressee - The inbox the item is in.
 * @csspart reasons - Why it reached that inbox, in words.
 * @csspart toggle-read - "Mark as read" / "Mark as unread".
 * @csspart feeds - The public Atom feeds (`<ul>`); `feed` one link.
 * @csspart load-more - The "Load more" button.
 * @csspart message - Loading, empty and error messages.
 * @csspart retry - The Retry button after an error.
 *
 * @cssprop --ngo-color-primary - The unread marker and buttons.
 * @cssprop --ngo-color-surface - Background of each item.
 * @cssprop --ngo-color-border - Borders.
 * @cssprop --ngo-color-text-muted - Dates and labels.
 */
export class NgoInbox extends LiaisonElement {
  static override styles = [tokens, sharedStyles, inboxStyles];

  /** The Liaison client, signed in (property only; the element keeps no credential). */
  @property({ attribute: false }) client?: InboxClient;

  /** The inboxes to offer in the filter and as feeds (addressee keys separated by spaces: `sector:CLT member-state:KE`); default: those of the items shown. */
  @property() addressees?: string;
  /** Only this inbox (an addressee key). The filter sets it. */
  @property() addressee?: string;
  /** Only this kind of item (`action.published`, …). The filter sets it. */
  @property() kind?: string;
  /** Only unread items. The filter sets it. */
  @property({ type: Boolean }) unread = false;
  /** Items per page (1–100, default 20). */
  @property({ type: Number }) limit = 20;
  /** Link for an item's subject: `{type}` (action, feedback, recommendation) and `{id}` are replaced. */
  @property({ attribute: 'item-href' }) itemHref?: string;
  /** Level of the inbox's heading (1–5); items are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  protected readonly localize = new LocalizeController(this, [enCommon, enTracker, enInbox], loadInboxAreas);
  readonly #reference = new ReferenceController(this);
  readonly #offices = new OfficeNamesController(this);
  /** Read state the reader changed since the page loaded (the server has recorded it). */
  readonly #read = new Map<string, boolean>();
  /** Every inbox seen in the items, so the filter keeps its choices once one is chosen. */
  readonly #seen = new Map<string, Addressee>();
  #more: MorePages | undefined;
  #unreadDelta = 0;
  #busy = new Set<string>();
  #markingAll = false;
  #actionError: unknown;

  readonly #loader = new KeyedLoader<InboxPage>(this, () => {
    const client = this.client;
    if (!client) return undefined;
    const params = this.#params();
    return {
      key: `${sourceKey(client)}|${JSON.stringify(params)}`,
      load: async (signal) => {
        const page = await client.inbox.page({ ...params, signal });
        this.#read.clear();
        this.#unreadDelta = 0;
        this.#remember(page.items);
        return page;
      },
    };
  });

  /** `loading`, `ready`, `empty`, `error`, or `idle` (no client). */
  get state(): InboxState {
    const page = this.#loader.value;
    if (page) return page.items.length ? 'ready' : 'empty';
    return this.#loader.state === 'ready' ? 'idle' : this.#loader.state;
  }

  /** Unread items over the current filter, as the live region says; undefined until loaded. */
  get unreadCount(): number | undefined {
    const page = this.#loader.value;
    return page ? Math.max(0, page.unread + this.#unreadDelta) : undefined;
  }

  #params(): InboxPageParams {
    const params: InboxPageParams = { limit: Math.min(100, Math.max(1, Math.trunc(this.limit) || 20)) };
    const addressee = this.addressee?.trim();
    const kind = this.kind?.trim();
    if (addressee) params.addressee = addressee;
    if (kind) params.kind = kind as InboxItemKind;
    if (this.unread) params.unread = true;
    return params;
  }

  #remember(items: readonly InboxItem[]): void {
    for (const item of items) this.#seen.set(addresseeKey(item.addressee), item.addressee);
  }

  /** The inboxes the filter and the feeds offer: the `addressees` attribute, else those seen. */
  #inboxes(): Addressee[] {
    const listed = (this.addressees ?? '').split(/\s+/).filter(Boolean).map(addresseeOfKey);
    const inboxes = listed.length ? listed.filter((a): a is Addressee => a !== undefined) : [...this.#seen.values()];
    const chosen = this.addressee ? addresseeOfKey(this.addressee.trim()) : undefined;
    if (chosen && !inboxes.some((a) => addresseeKey(a) === addresseeKey(chosen))) inboxes.push(chosen);
    return inboxes;
  }

  #morePages(): { pages: InboxPage[]; loading: boolean; error: unknown } {
    const first = this.#loader.value;
    return first && this.#more?.after === first ? this.#more : { pages: [], loading: false, error: undefined };
  }

  async #loadMore(): Promise<void> {
    const first = this.#loader.value;
    const more = this.#morePages();
    const last = more.pages.at(-1) ?? first;
    if (!first || !last?.nextCursor || !this.client || more.loading) return;
    const state: MorePages = { after: first, pages: more.pages, loading: true, error: undefined };
    this.#more = state;
    this.requestUpdate();
    try {
      const page = await this.client.inbox.page({ ...this.#params(), cursor: last.nextCursor });
      this.#remember(page.items);
      state.pages = [...state.pages, page];
    } catch (error) {
      state.error = error;
    } finally {
      state.loading = false;
      this.requestUpdate();
    }
  }

  #isRead(item: InboxItem): boolean {
    return this.#read.get(item.id) ?? item.read ?? false;
  }

  async #toggle(item: InboxItem): Promise<void> {
    if (!this.client || this.#busy.has(item.id)) return;
    const read = !this.#isRead(item);
    this.#busy.add(item.id);
    this.#actionError = undefined;
    this.requestUpdate();
    try {
      await this.client.inbox.mark([item.id], read);
      this.#read.set(item.id, read);
      this.#unreadDelta += read ? -1 : 1;
      this.emit(new NgoInboxReadEvent([item.id], read));
    } catch (error) {
      this.#actionError = error;
    } finally {
      this.#busy.delete(item.id);
      this.requestUpdate();
    }
  }

  /** Every unread item over the filter, not only those shown, then a fresh first page. */
  async #markAllRead(): Promise<void> {
    const client = this.client;
    if (!client || this.#markingAll || !this.unreadCount) return;
    this.#markingAll = true;
    this.#actionError = undefined;
    this.requestUpdate();
    try {
      const ids: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await client.inbox.page({ ...this.#params(), unread: true, limit: 100, ...(cursor ? { cursor } : {}) });
        ids.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor && ids.length < MARK_ALL_MAX);
      for (let start = 0; start < ids.length; start += MARK_BATCH) await client.inbox.mark(ids.slice(start, start + MARK_BATCH), true);
      if (ids.length) this.emit(new NgoInboxReadEvent(ids, true));
      this.#loader.reload();
    } catch (error) {
      this.#actionError = error;
    } finally {
      this.#markingAll = false;
      this.requestUpdate();
    }
  }

  #names(): AddresseeNames & { localize: LocalizeController<InboxKey | TrackerKey> } {
    return { language: this.language, localize: this.localize, reference: this.#reference, offices: this.#offices };
  }

  #error(error: unknown): string {
    const status = (error as { kind?: string; status?: number } | undefined)?.status;
    if (status === 401) return this.localize.term('inbox.signIn');
    if (status === 403) return this.localize.term('inbox.forbidden');
    return errorMessage(this.localize, error);
  }

  override render(): TemplateResult {
    const { localize } = this;
    const first = this.#loader.value;
    const more = this.#morePages();
    const last = more.pages.at(-1) ?? first;
    const items = first ? [first, ...more.pages].flatMap((page) => page.items) : undefined;
    const level = Math.min(5, Math.max(1, Math.trunc(this.headingLevel) || 2));
    const unread = this.unreadCount;
    return html`<section part="base" lang=${localize.uiLanguage} dir=${this.direction} aria-labelledby="inbox-heading">
      <div part="heading" id="inbox-heading" role="heading" aria-level=${level}>${localize.term('inbox.label')}</div>
      <p part="unread-count" role="status">${unread === undefined ? '' : localize.plural('inbox.unreadCount', unread)}</p>
      ${this.client ? this.#renderFilters(unread) : nothing}
      ${this.#actionError ? html`<p part="message" role="alert">${this.#error(this.#actionError)}</p>` : nothing}
      ${items
        ? items.length
          ? html`<ol part="list" role="list">${items.map((item, index) => this.#renderItem(item, index, level + 1))}</ol>`
          : html`<p part="message">${localize.term('inbox.empty')}</p>`
        : this.#renderMessage()}
      ${last?.nextCursor
        ? html`<button part="load-more" type="button" ?disabled=${more.loading} @click=${() => void this.#loadMore()}>
            ${localize.term(more.loading ? 'loadingMore' : 'loadMore')}
          </button>`
        : nothing}
      ${more.error ? html`<p part="message" role="alert">${this.#error(more.error)}</p>` : nothing}
      ${this.#renderFeeds()}
    </section>`;
  }

  #renderFilters(unread: number | undefined): TemplateResult {
    const { localize } = this;
    const names = this.#names();
    const chosen = this.addressee?.trim() ?? '';
    const kind = this.kind?.trim() ?? '';
    return html`<fieldset part="filters">
      <legend class="visually-hidden">${localize.term('inbox.filters')}</legend>
      <label>
        <span>${localize.term('inbox.addressee')}</span>
        <select part="addressee-filter" @change=${(e: Event) => (this.addressee = (e.target as HTMLSelectElement).value || undefined)}>
          <option value="" ?selected=${!chosen}>${localize.term('inbox.allAddressees')}</option>
          ${this.#inboxes().map((a) => {
            const key = addresseeKey(a);
            return html`<option value=${key} ?selected=${key === chosen}>${addresseeText(names, a)}</option>`;
          })}
        </select>
      </label>
      <label>
        <span>${localize.term('inbox.kind')}</span>
        <select part="kind-filter" @change=${(e: Event) => (this.kind = (e.target as HTMLSelectElement).value || undefined)}>
          <option value="" ?selected=${!kind}>${localize.term('inbox.allKinds')}</option>
          ${INBOX_ITEM_KINDS.map((k) => html`<option value=${k} ?selected=${k === kind}>${localize.term(`inbox.kind.${k}`)}</option>`)}
        </select>
      </label>
      <label part="unread-filter">
        <input type="checkbox" .checked=${this.unread} @change=${(e: Event) => (this.unread = (e.target as HTMLInputElement).checked)} />
        <span>${localize.term('inbox.unreadOnly')}</span>
      </label>
      <button part="mark-all" type="button" aria-disabled=${this.#markingAll || !unread ? 'true' : nothing} @click=${() => void this.#markAllRead()}>
        ${localize.term('inbox.markAllRead')}
      </button>
    </fieldset>`;
  }

  #renderItem(item: InboxItem, index: number, level: number): TemplateResult {
    const { localize } = this;
    const read = this.#isRead(item);
    const names = this.#names();
    const href = pageUrl(this.itemHref?.replaceAll('{type}', item.subject.type).replaceAll('{id}', encodeURIComponent(item.subject.id)));
    const title = localizedText(item.title, this.language);
    const reasons = item.reasons.map((reason) => reasonText(names, reason));
    return html`<li part="item" data-read=${read ? 'true' : 'false'} data-kind=${item.kind}>
      <article aria-labelledby="item-${index}">
        <p part="meta">
          <span part="kind">${localize.term(`inbox.kind.${item.kind}`)}</span>
          <time part="date" datetime=${item.at}>${new Intl.DateTimeFormat(localize.uiLanguage, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(item.at))}</time>
        </p>
        <div part="title" id="item-${index}" role="heading" aria-level=${Math.min(6, level)}>
          ${read ? nothing : html`<span part="unread-mark"><span class="visually-hidden">${localize.term('inbox.unread')}: </span></span>`}
          ${href ? html`<a href=${href}>${title}</a>` : title}
        </div>
        ${item.summary ? html`<p part="summary">${localizedText(item.summary, this.language)}</p>` : nothing}
        <p part="addressee">${localize.term('inbox.addressee')}: ${addresseeLabel(names, item.addressee)}</p>
        ${reasons.length
          ? html`<p part="reasons">${localize.term('inbox.why')}: ${new Intl.ListFormat(localize.uiLanguage, { type: 'conjunction' }).format(reasons)}</p>`
          : nothing}
        <button part="toggle-read" type="button" aria-disabled=${this.#busy.has(item.id) ? 'true' : nothing} @click=${() => void this.#toggle(item)}>
          ${localize.term(read ? 'inbox.markUnread' : 'inbox.markRead')}
        </button>
      </article>
    </li>`;
  }

  #renderFeeds(): TemplateResult | typeof nothing {
    const client = this.client;
    const inboxes = this.#inboxes();
    if (!client || inboxes.length === 0) return nothing;
    const names = this.#names();
    return html`<ul part="feeds" aria-label=${this.localize.term('inbox.feeds')}>
      ${inboxes.map((a) => {
        const href = pageUrl(client.inbox.feedUrl(addresseeKey(a), { lang: this.language }));
        return href ? html`<li><a part="feed" href=${href} type="application/atom+xml">${this.localize.term('inbox.feed', { name: addresseeText(names, a) })}</a></li>` : nothing;
      })}
    </ul>`;
  }

  #renderMessage(): TemplateResult {
    const { localize } = this;
    if (this.#loader.state === 'loading') return html`<p part="message">${localize.term('loading')}</p>`;
    if (this.#loader.state === 'error') {
      return html`<div part="message" role="alert">
        <p>${this.#error(this.#loader.error)}</p>
        <button part="retry" type="button" @click=${() => this.#loader.reload()}>${localize.term('retry')}</button>
      </div>`;
    }
    return html``;
  }
}
