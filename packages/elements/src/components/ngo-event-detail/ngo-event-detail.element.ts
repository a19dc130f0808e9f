import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { pickLocalized, type ForumEvent, type GoverningBodySession, type Language } from '@ngo-liaison/core';
import { errorMessage } from '../../internal/error-message.js';
import { LiaisonElement } from '../../internal/liaison-element.js';
import { LocalizeController } from '../../internal/localize-controller.js';
import { enCommon } from '../../translations/en/common.js';
import { enEventDetail, enEventSession } from '../../translations/en/event-detail.js';
import { enEvents } from '../../translations/en/events.js';
import { loadEveryArea } from '../../translations/load-every-area.js';
import { ReferenceController } from '../../internal/reference-controller.js';
import { webUrl } from '../../internal/safe-url.js';
import { clientFor } from '../ngo-forum-calendar/calendar-source.js';
import type { ActionLinks } from './event-actions.js';
import { tokens } from '../../styles/tokens.styles.js';
import { EventFormatter, localeFor, resolveTimeZone } from '../ngo-event-card/event-format.js';
import { langAttrs, statusBadge, whereText } from '../ngo-event-card/event-summary.js';
import {
  languagesSection,
  localized,
  organizersSection,
  outputsSection,
  participantsSection,
  phasesSection,
  registrationSection,
  section,
  sessionSection,
  sourcesSection,
  type DetailContext,
} from './detail-sections.js';
import { eventDetailStyles } from './ngo-event-detail.styles.js';

/** What the detail view needs from a client: `createClient()` fits. */
export interface EventGetter {
  events: {
    get(id: string, options?: { signal?: AbortSignal }): Promise<ForumEvent>;
    /** The server's `.ics` download for an event; without it the file is made in the browser. */
    icsUrl?(id: string, options?: { lang?: Language }): string;
  };
  /** To name the session an event is part of (the events client of `api-base` has it). */
  sessions?: { get(id: string, options?: { signal?: AbortSignal }): Promise<GoverningBodySession> };
}

/**
 * @summary Everything about one event: when (in the viewer's zone, with the local time where
 * it happens), where, theme, organisers, Member States taking part and their roles, the
 * forum's phases, registration, outputs, sources — and "add to calendar" (an .ics download,
 * Google Calendar and Outlook on the web).
 *
 * @tagname ngo-event-detail
 *
 * @csspart base - The wrapper (`<article>`).
 * @csspart header - Type, status and title.
 * @csspart title - The title (a heading).
 * @csspart badge - Type, status and fictional-data labels.
 * @csspart details - The list of facts (`<dl>`).
 * @csspart section - One fact (also `section organizers`, `section session`, `section phases`, …).
 * @csspart session-name - The name of the governing-body session the event is part of.
 * @csspart session-item - The agenda item of the session the event is held on, with its title.
 * @csspart label - A fact's label.
 * @csspart phases - The list of phases; `phase` one phase (`data-status` gives its status).
 * @csspart link - Links to sources and outputs.
 * @csspart register - The registration link.
 * @csspart add-to-calendar - The group of calendar links.
 * @csspart ics - The .ics download.
 * @csspart google - The Google Calendar link.
 * @csspart outlook - The Outlook links (`outlook` and `outlook office`).
 * @csspart message - Loading or error text (with `event-id`).
 * @csspart retry - The Retry button after an error.
 *
 * @cssprop --ngo-color-primary - Links and buttons.
 * @cssprop --ngo-color-on-primary - Text on buttons.
 * @cssprop --ngo-color-text-muted - Labels.
 * @cssprop --ngo-space-m - Spacing between facts.
 */
export class NgoEventDetail extends LiaisonElement {
  static override styles = [tokens, eventDetailStyles];

  /** The event to show (property only). Wins over `event-id`. */
  @property({ attribute: false }) event?: ForumEvent;

  /** Id of an event to load from `api-base` or `client`. */
  @property({ attribute: 'event-id' }) eventId?: string;

  /** URL of the API's `/v1`, to load `event-id` and link the server's `.ics`. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** A client (property only); wins over `api-base`. */
  @property({ attribute: false }) client?: EventGetter;

  /**
   * Governing-body sessions (property only), to name the session an event is part of without
   * asking the API (static pages); otherwise the session is loaded from `client` or `api-base`.
   */
  @property({ attribute: false }) sessions?: readonly GoverningBodySession[];

  /** IANA zone to show times in (default: the viewer's). */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** Level of the title's heading (1–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private _loaded?: ForumEvent;
  @state() private _phase: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  @state() private _error: unknown;

  protected readonly localize = new LocalizeController(this, [enCommon, enEvents, enEventDetail, enEventSession], loadEveryArea);
  readonly #reference = new ReferenceController(this);
  #request?: AbortController;

  /** The session of the event shown, once known (the key says for which session id and source). */
  #session?: { key: string; session: GoverningBodySession | undefined };
  /** The "add to calendar" links of the event shown, and what they were made for. */
  #actions?: { key: string; links: ActionLinks | undefined };

  /** `ready` with an event, else `loading`, `error` or `idle`. */
  get state(): 'idle' | 'loading' | 'ready' | 'error' {
    return this.#shown() ? 'ready' : this._phase === 'ready' ? 'idle' : this._phase;
  }

  #shown(): ForumEvent | undefined {
    return this.event ?? (this.eventId ? this._loaded : undefined);
  }

  async #sourceReady(): Promise<EventGetter | undefined> {
    const apiBase = this.apiBase?.trim();
    if (this.client || !apiBase) return this.client;
    // clientFor() shares one client per api-base (and its chunk) with the calendar.
    return (await clientFor(apiBase)) as unknown as EventGetter;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.event && this.eventId && (changed.has('eventId') || changed.has('apiBase') || changed.has('client') || changed.has('event'))) void this.#load();
    this.#resolveSession();
  }

  /** The session named by the event shown: from `sessions`, else loaded through the client (or `api-base`'s). */
  #resolveSession(): void {
    const id = this.#shown()?.sessionId;
    const key = [id, this.apiBase, !!this.client, this.sessions?.length].join();
    if (this.#session?.key === key) return;
    const session = { key, session: this.sessions?.find((s) => s.id === id) };
    this.#session = session;
    // Asked once per event and source; an answer for an event no longer shown is dropped. A failure
    // leaves the session's id in place: the rest of the detail is unaffected.
    if (id && !session.session && this.isConnected) {
      this.trackPending(
        this.#sourceReady()
          .then((source) => source?.sessions?.get(id))
          .then((found) => {
            session.session = found;
            if (this.#session === session) this.requestUpdate();
          })
          .catch(() => undefined),
      );
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#request?.abort();
    this.#actions?.links?.dispose();
    this.#actions = undefined;
  }

  async #load(): Promise<void> {
    this.#request?.abort();
    const id = this.eventId;
    if (!id || (!this.client && !this.apiBase?.trim())) return;
    const request = new AbortController();
    this.#request = request;
    this._phase = 'loading';
    try {
      const source = await this.#sourceReady();
      if (!source || request.signal.aborted) return;
      const event = await source.events.get(id, { signal: request.signal });
      if (request.signal.aborted) return;
      this._loaded = event;
      this._phase = 'ready';
    } catch (error) {
      if (request.signal.aborted) return;
      this._error = error;
      this._phase = 'error';
    }
  }

  /**
   * "Add to calendar": made by a module loaded with the first event shown (the iCalendar
   * writer has no business in the calendar's first download). Renders once it is ready.
   */
  #addToCalendar(event: ForumEvent, language: Language): TemplateResult | typeof nothing {
    const key = JSON.stringify([event.id, event.sequence, event.updatedAt, language, this.localize.uiLanguage, this.apiBase, !!this.client]);
    if (this.#actions?.key !== key) {
      this.#actions?.links?.dispose();
      const actions: { key: string; links: ActionLinks | undefined } = { key, links: undefined };
      this.#actions = actions;
      this.trackPending(
        Promise.all([import('./event-actions.js'), this.#sourceReady().catch(() => undefined)]).then(([{ actionLinks }, source]) => {
          if (this.#actions !== actions) return;
          actions.links = actionLinks(event, {
            language,
            term: (k) => this.localize.term(k),
            countryName: (code) => this.#reference.countryName(code, language).text,
            serverIcs: source?.events.icsUrl?.(event.id, { lang: language }),
          });
          this.requestUpdate();
        }),
      );
    }
    const links = this.#actions.links;
    if (!links) return nothing;
    const t = (k: 'event.addToCalendar' | 'event.downloadIcs' | 'event.google' | 'event.outlook' | 'event.office365') => this.localize.term(k);
    return html`<div part="add-to-calendar" class="actions" role="group" aria-label=${t('event.addToCalendar')}>
      <a part="ics" class="button" href=${links.ics} download=${`${event.id}.ics`}>${t('event.downloadIcs')}</a>
      <a part="google" href=${links.google} rel="noopener noreferrer" target="_blank">${t('event.google')}</a>
      <a part="outlook" href=${links.outlook} rel="noopener noreferrer" target="_blank">${t('event.outlook')}</a>
      <a part="outlook office" href=${links.office} rel="noopener noreferrer" target="_blank">${t('event.office365')}</a>
    </div>`;
  }

  #theme(event: ForumEvent, language: Language): TemplateResult {
    const [before = '', after = ''] = this.localize.term('event.theme').split('{theme}');
    return html`<p class="theme"><span class="muted">${before}</span>${localized(event.theme, language)}${after}</p>`;
  }

  override render(): TemplateResult {
    const event = this.#shown();
    const language = this.language;
    if (!event) {
      if (this._phase === 'loading') return html`<p part="message" role="status">${this.localize.term('loading')}</p>`;
      if (this._phase === 'error') {
        return html`<p part="message" role="alert">${errorMessage(this.localize, this._error, this.localize.term('event.notFound'))}</p>
          <button part="retry" class="button" type="button" @click=${this.#load}>${this.localize.term('retry')}</button>`;
      }
      return html``;
    }
    const formatter = new EventFormatter(localeFor(this, language), resolveTimeZone(this.timeZone));
    const ctx: DetailContext = {
      language,
      formatter,
      localize: this.localize,
      countryName: (code) => this.#reference.countryName(code, language),
      sectorName: (code) => this.#reference.sectorName(code, language),
      session: this.#session?.session,
    };
    const title = pickLocalized(event.title, language) ?? { text: event.id, lang: language };
    const titleAttrs = langAttrs(title.lang, language);
    const when = formatter.when(event);
    const where = whereText(event, { language, countryName: ctx.countryName, localize: this.localize });
    const online = event.location && event.location.mode !== 'in-person' ? webUrl(event.location.url) : undefined;
    const level = Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));

    return html`
      <article part="base" lang=${language} dir=${this.direction} data-status=${event.status}>
        <header part="header">
          <p class="badges">
            <span part="badge" class="kind">${this.localize.term(`eventKind.${event.kind}`)}</span>
            ${statusBadge(event, this.localize)}
            ${event.provenance.fictional ? html`<span part="badge" class="fictional">${this.localize.term('event.fictional')}</span>` : nothing}
          </p>
          <div part="title" role="heading" aria-level=${level} class="title" lang=${titleAttrs.lang ?? nothing} dir=${titleAttrs.dir ?? nothing}>
            <bdi>${title.text}</bdi>
          </div>
          ${event.theme ? this.#theme(event, language) : nothing}
        </header>
        <dl part="details">
          ${section(
            'when',
            this.localize.term('event.when'),
            html`<time datetime=${when.datetime}>${when.text}</time>${when.allDay ? html` · ${this.localize.term('event.allDay')}` : nothing}
            ${when.local ? html`<br /><span class="muted">${this.localize.term('event.localTime', { time: when.local })}</span>` : nothing}`,
          )}
          ${where || online
            ? section(
                'where',
                this.localize.term('event.where'),
                html`${where ? html`<bdi>${where}</bdi>` : nothing}
                ${online ? html`<br /><a part="link" href=${online.href} rel="noopener noreferrer" target="_blank">${this.localize.term('event.join')}</a>` : nothing}`,
              )
            : nothing}
          ${sessionSection(event, ctx)}
          ${event.description ? section('description', this.localize.term('event.about'), html`<p class="description">${localized(event.description, language)}</p>`) : nothing}
          ${organizersSection(event, ctx)} ${participantsSection(event, ctx)} ${phasesSection(event, ctx)} ${registrationSection(event, ctx)}
          ${languagesSection(event, ctx)} ${outputsSection(event, ctx)} ${sourcesSection(event, ctx)}
        </dl>
        ${this.#addToCalendar(event, language)}
      </article>
    `;
  }
}
