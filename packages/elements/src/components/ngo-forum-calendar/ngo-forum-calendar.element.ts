import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  EVENT_KINDS,
  addDays,
  addMonths,
  SECTOR_CODES,
  UNESCO_REGIONS,
  agendaDays,
  dateInZone,
  monthGrid,
  monthRange,
  type EventFilter,
  type EventKind,
  type ForumEvent,
  type GoverningBodySession,
  type MonthGrid,
  type PlainDate,
  type SectorCode,
  type UnescoRegion,
} from '@ngo-liaison/core';
import { NgoCalendarNavigateEvent } from '../../events/ngo-calendar-navigate.js';
import { NgoEventSelectEvent } from '../../events/ngo-event-select.js';
import { LiaisonElement } from '../../internal/liaison-element.js';
import { LocalizeController } from '../../internal/localize-controller.js';
import { enCommon } from '../../translations/en/common.js';
import { enEvents } from '../../translations/en/events.js';
import { loadEveryArea } from '../../translations/load-every-area.js';
import { ReferenceController } from '../../internal/reference-controller.js';
import { tokens, visuallyHidden } from '../../styles/tokens.styles.js';
import { EventFormatter, localeFor, resolveTimeZone } from '../ngo-event-card/event-format.js';
import { eventSummaryStyles } from '../ngo-event-card/event-summary.styles.js';
import type { SummaryContext } from '../ngo-event-card/event-summary.js';
import { agendaTemplate, dayPanelTemplate } from './calendar-agenda.js';
import { isOnScreen, monthGridTemplate } from './calendar-grid.js';
import { keyTarget } from './calendar-keys.js';
import type { EventSource } from './calendar-source.js';
import { CalendarLoader } from './calendar-loader.js';
import { dialogTemplate } from './calendar-dialog.js';
import { syncJsonLd } from './jsonld-sync.js';
import { calendarStyles } from './ngo-forum-calendar.styles.js';
import { renderChrome, renderError, renderSubscribe } from './calendar-chrome.js';
import { weekStartFor } from './week-start.js';

export type CalendarView = 'auto' | 'month' | 'agenda';
/** What the calendar shows; also available as `:state(...)` custom states. */
export type CalendarState = 'loading' | 'ready' | 'error';

/** Below this width (36rem at 16px) `view="auto"` shows the agenda: a month grid needs room. */
const NARROW_PX = 576;
let instances = 0;

/**
 * @summary The calendar of the NGO–UNESCO dialogue: conferences, forums, NGP sessions,
 * debates, hearings, consultations, the GC NGO space and NatCom meetings, as an accessible
 * month grid or an agenda, in the viewer's time zone (with each event's local time beside
 * it), with filters, "add to calendar" and a subscribable feed.
 *
 * @tagname ngo-forum-calendar
 *
 * @event {NgoEventSelectEvent} ngo-event-select - The user chose an event. Cancel it to stop the built-in detail dialog.
 * @event {NgoCalendarNavigateEvent} ngo-calendar-navigate - The user moved to another month.
 *
 * @csspart base - The wrapper (a size container: narrow calendars switch to the agenda).
 * @csspart header - Navigation, title and view switch.
 * @csspart title - The month and year (a heading).
 * @csspart nav-button - Previous/next month buttons (also `previous`, `next`).
 * @csspart today - The "Today" button.
 * @csspart views - The view switch; `view-button` each of its buttons.
 * @csspart filters - The filter selects; `filter` each label with its select.
 * @csspart time-zone - The line saying which zone times are in.
 * @csspart status - The polite live region (navigation and results are announced).
 * @csspart grid - The month grid (`<table role="grid">`); `weekday` its column headers.
 * @csspart day - A day cell (also `day-outside`, `day-today`, `day-selected`).
 * @csspart chip - An event in a day cell; `more` the "+N more" line.
 * @csspart day-panel - The events of the chosen day; `day-heading`, `day-close` inside it.
 * @csspart agenda - The agenda list; `agenda-day`, `agenda-date`, `agenda-item` inside it.
 * @csspart event - An event summary, with `event-title`, `event-meta`, `event-kind`, `event-status`, `event-when`, `event-local-time`, `event-where`.
 * @csspart empty - "No events in this month."
 * @csspart error - The error box; `retry` its button.
 * @csspart subscribe - The "subscribe to this calendar" disclosure; `subscribe-link`, `feed-url` inside it.
 * @csspart dialog - The event detail dialog; `dialog-close` its close button.
 *
 * @cssprop --ngo-color-primary - Buttons, links, event titles.
 * @cssprop --ngo-color-surface-muted - Days outside the month, badges.
 * @cssprop --ngo-color-border - Grid lines.
 * @cssprop [--ngo-calendar-event-color=var(--ngo-color-primary)] - Event chips in the grid.
 * @cssprop [--ngo-calendar-today-color=var(--ngo-color-primary)] - Today's marker.
 *
 * @cssstate loading - Events are loading.
 * @cssstate ready - Events are shown.
 * @cssstate error - Loading failed.
 */
export class NgoForumCalendar extends LiaisonElement {
  static override styles = [tokens, visuallyHidden, eventSummaryStyles, calendarStyles];

  /** URL of the API's `/v1` (absolute, or relative to the page). Builds a client. */
  @property({ attribute: 'api-base' }) apiBase?: string;
  /** A client (property only); wins over `api-base`. `createClient()` from `@ngo-liaison/client` fits. */
  @property({ attribute: false }) client?: EventSource;
  /** Events to show without fetching (property only); wins over `client` and `api-base`. */
  @property({ attribute: false }) events?: readonly ForumEvent[];
  /** Governing-body sessions (property only), so the event detail names an event's session without the API. */
  @property({ attribute: false }) sessions?: readonly GoverningBodySession[];
  /** Month to show, `YYYY-MM` (default: the current month in the display zone). */
  @property() month?: string;
  /** `month`, `agenda`, or `auto` (default): the agenda when the calendar is narrower than 36rem. */
  @property({ reflect: true }) view: CalendarView = 'auto';
  /** IANA zone to show times in (default: the viewer's). Each event's own zone is shown beside it when it differs. */
  @property({ attribute: 'time-zone' }) timeZone?: string;
  /** First day of the week, 1 (Monday) to 7 (Sunday); default from the locale. */
  @property({ type: Number, attribute: 'week-start' }) weekStart?: number;
  /** Initial filter by event kind, e.g. `ngo-forum` (the visitor can change it). */
  @property() kind?: string;
  /** Initial filter by UNESCO sector code: `ED`, `SC`, `SHS`, `CLT` or `CI` (the visitor can change it). */
  @property() sector?: string;
  /** Initial filter by UNESCO region: `africa`, `arab-states`, `asia-pacific`, `europe-north-america` or `latin-america-caribbean` (the visitor can change it). */
  @property() region?: string;
  /** Emit schema.org Event JSON-LD for the events shown into the page's light DOM (for search engines). */
  @property({ type: Boolean }) jsonld = false;
  /** iCalendar feed to offer for subscription (default: the client's feed for the current filters). */
  @property({ attribute: 'feed-url' }) feedUrl?: string;
  /** Level of the month title's heading (2–5); days and events use the next levels. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** The current time, for "today" (property only; tests and demos). */
  @property({ attribute: false }) now?: Date;

  @state() private _month: PlainDate = '1970-01-01';
  @state() private _focusDate: PlainDate = '1970-01-01';
  @state() private _selectedDay: PlainDate | undefined;
  @state() private _filter: { kind?: EventKind; sector?: SectorCode; region?: UnescoRegion } = {};
  @state() private _detail: ForumEvent | undefined;
  @state() private _narrow = false;
  @state() private _announcement = '';

  protected readonly localize = new LocalizeController(this, [enCommon, enEvents], loadEveryArea);
  readonly #reference = new ReferenceController(this);
  readonly #loader = new CalendarLoader(this, () => this.#announce());
  readonly #id = `ngo-calendar-${++instances}`;
  #zone = 'UTC';
  #locale = 'en';
  #weekStart = 1;
  #grid: MonthGrid<ForumEvent> | undefined;
  #gridKey = '';
  #jsonLdKey: string | undefined;
  #pendingFocus: 'cell' | 'day-panel' | undefined;
  #announceAfterLoad = false;
  #detailTrigger: HTMLElement | undefined;
  #resize: ResizeObserver | undefined;

  /** What the calendar shows. */
  get state(): CalendarState {
    return this.#loader.state;
  }

  /** The events currently loaded (those of the month on screen, after filters). */
  get loadedEvents(): readonly ForumEvent[] {
    return this.#loader.events;
  }

  /** Reloads the month on screen. */
  refresh(): void {
    this.#loader.reset();
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resize ??= new ResizeObserver(([entry]) => {
      const narrow = (entry?.contentRect.width ?? NARROW_PX) < NARROW_PX;
      // Next frame: switching views inside the observer's callback resizes the element again
      // in the same frame ("ResizeObserver loop completed with undelivered notifications").
      if (narrow !== this._narrow) requestAnimationFrame(() => (this._narrow = narrow));
    });
    this.#resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
  }

  #today(): PlainDate {
    return dateInZone((this.now ?? new Date()).getTime(), this.#zone);
  }

  #requestFilter(): EventFilter {
    const { kind, sector, region } = this._filter;
    return { ...(kind ? { kinds: [kind] } : {}), ...(sector ? { sectors: [sector] } : {}), ...(region ? { regions: [region] } : {}) };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The first render already picks the view for the container's width: waiting for the
    // ResizeObserver would draw a phone a month grid for one frame, then the agenda. (A width of
    // 0, a hidden container, says nothing: the observer decides once it is shown.)
    if (!this.hasUpdated) {
      const width = this.getBoundingClientRect().width;
      if (width > 0) this._narrow = width < NARROW_PX;
    }
    super.willUpdate(changed);
    this.#zone = resolveTimeZone(this.timeZone);
    this.#locale = localeFor(this, this.language);
    const ws = Math.trunc(Number(this.weekStart));
    this.#weekStart = ws >= 1 && ws <= 7 ? ws : weekStartFor(this.#locale);

    if (!this.hasUpdated || changed.has('month')) {
      // Navigation by the visitor is internal state; the host's `month` wins when it changes.
      const wanted = /^\d{4}-(0[1-9]|1[0-2])$/.test(this.month ?? '') ? `${this.month}-01` : undefined;
      const today = this.#today();
      this._month = wanted ?? `${today.slice(0, 7)}-01`;
      this._focusDate = today.startsWith(this._month.slice(0, 7)) ? today : this._month;
      this._selectedDay = undefined;
    }
    if (!this.hasUpdated || changed.has('kind') || changed.has('sector') || changed.has('region')) {
      this._filter = {
        ...((EVENT_KINDS as readonly string[]).includes(this.kind ?? '') ? { kind: this.kind as EventKind } : {}),
        ...((SECTOR_CODES as readonly string[]).includes(this.sector ?? '') ? { sector: this.sector as SectorCode } : {}),
        ...((UNESCO_REGIONS as readonly string[]).includes(this.region ?? '') ? { region: this.region as UnescoRegion } : {}),
      };
    }

    const range = monthRange(this._month, this.#weekStart);
    const filter: EventFilter = { from: range.first, to: range.last, timeZone: this.#zone, ...this.#requestFilter() };
    const sourceChanged = changed.has('events') || changed.has('client') || changed.has('apiBase');
    this.#loader.load(JSON.stringify(filter), filter, { events: this.events, client: this.client, apiBase: this.apiBase }, sourceChanged);
    const gridKey = JSON.stringify([this._month, this.#weekStart, this.#zone, this.#loader.version]);
    // The agenda does not show the grid: it is laid out when the month view is shown.
    if (this.#effectiveView() === 'month' && (!this.#grid || gridKey !== this.#gridKey)) {
      this.#gridKey = gridKey;
      this.#grid = monthGrid(this.#loader.events, { month: this._month, weekStart: this.#weekStart, timeZone: this.#zone });
    }
  }

  /** After a load the visitor asked for (navigation, filters): say what is on screen now. */
  #announce(): void {
    if (!this.#announceAfterLoad) return;
    this.#announceAfterLoad = false;
    const month = new EventFormatter(this.#locale, this.#zone).monthTitle(this._month);
    this._announcement = this.localize.plural('calendar.monthStatus', this.#loader.events.length, { month });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    for (const name of ['loading', 'ready', 'error'] as const) this.toggleState(name, name === this.#loader.state);
    const focus = this.#pendingFocus;
    this.#pendingFocus = undefined;
    if (focus === 'cell') this.renderRoot.querySelector<HTMLElement>(`td[data-date="${this._focusDate}"]`)?.focus();
    if (focus === 'day-panel') this.renderRoot.querySelector<HTMLElement>('[part~="day-heading"]')?.focus();

    // Only with an event to show: the query walks the whole shadow tree (a long agenda).
    const dialog = this._detail ? this.renderRoot.querySelector<HTMLDialogElement>('dialog') : null;
    if (dialog && !dialog.open) dialog.showModal();
    this.#syncJsonLd();
  }

  /** JSON-LD for the events shown, when asked for: re-made when they or the language change. */
  #syncJsonLd(): void {
    const key = this.jsonld ? JSON.stringify([this.#loader.version, this.language, this.localize.uiLanguage]) : undefined;
    if (key === this.#jsonLdKey) return;
    this.#jsonLdKey = key;
    const language = this.language;
    syncJsonLd(
      this,
      key ? this.#loader.events : undefined,
      language,
      (k) => this.localize.lookup(k),
      (code) => this.#reference.countryName(code, language).text,
      () => this.#jsonLdKey === key,
    );
  }

  #goTo(month: PlainDate, focusDate: PlainDate, focus: boolean): void {
    this._month = `${month.slice(0, 7)}-01`;
    this._focusDate = focusDate;
    this._selectedDay = undefined;
    this.#announceAfterLoad = true;
    if (focus) this.#pendingFocus = 'cell';
    const range = monthRange(this._month, this.#weekStart);
    this.emit(new NgoCalendarNavigateEvent(this._month.slice(0, 7), range.first, range.last));
  }

  #step(months: number): void {
    const { year, month } = { year: Number(this._month.slice(0, 4)), month: Number(this._month.slice(5, 7)) };
    const index = year * 12 + month - 1 + months;
    const target = `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`;
    const today = this.#today();
    this.#goTo(target, today.startsWith(target.slice(0, 7)) ? today : target, false);
  }

  #onKeydown(event: KeyboardEvent): void {
    const cell = (event.target as HTMLElement).closest?.('td[data-date]');
    if (!cell || event.altKey || event.metaKey) return;
    const date = cell.getAttribute('data-date') as PlainDate;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.#openDay(date);
      return;
    }
    const target = keyTarget(event.key, date, { rtl: this.direction === 'rtl', weekStart: this.#weekStart, ctrlKey: event.ctrlKey, shiftKey: event.shiftKey });
    if (!target) return;
    event.preventDefault();
    const paging = event.key === 'PageUp' || event.key === 'PageDown';
    if (paging || !isOnScreen(this.#grid!, target)) this.#goTo(target, target, true);
    else {
      this._focusDate = target;
      this.#pendingFocus = 'cell';
    }
  }

  #onGridClick(event: MouseEvent): void {
    const path = event.composedPath() as HTMLElement[];
    const chip = path.find((node) => node instanceof HTMLElement && node.dataset?.id !== undefined && node.part?.contains('chip'));
    const cell = path.find((node) => node instanceof HTMLTableCellElement && node.dataset.date) as HTMLTableCellElement | undefined;
    if (chip && cell) {
      const selected = this.#loader.events.find((e) => e.id === chip.dataset.id);
      this._focusDate = cell.dataset.date as PlainDate;
      if (selected) this.#select(selected, cell);
      return;
    }
    if (cell) this.#openDay(cell.dataset.date as PlainDate);
  }

  #openDay(date: PlainDate): void {
    this._focusDate = date;
    this._selectedDay = date;
    this.#pendingFocus = 'day-panel';
  }

  #closeDay(): void {
    this._selectedDay = undefined;
    this.#pendingFocus = 'cell';
  }

  #select(forumEvent: ForumEvent, trigger: HTMLElement): void {
    const event = this.emit(new NgoEventSelectEvent(forumEvent));
    if (event.defaultPrevented) return;
    this.#detailTrigger = trigger;
    this._detail = forumEvent;
    // The detail view is its own chunk, loaded with the first event opened.
    if (!customElements.get('ngo-event-detail')) this.trackPending(import('../ngo-event-detail/ngo-event-detail.js'));
  }

  #onDialogClose(): void {
    this._detail = undefined;
    const trigger = this.#detailTrigger;
    this.#detailTrigger = undefined;
    if (trigger?.isConnected) trigger.focus();
    else this.#pendingFocus = 'cell';
  }

  #setFilter(name: 'kind' | 'sector' | 'region', value: string): void {
    const next = { ...this._filter };
    if (value) (next as Record<string, string>)[name] = value;
    else delete next[name];
    this._filter = next;
    this._selectedDay = undefined;
    this.#announceAfterLoad = true;
  }

  #effectiveView(): 'month' | 'agenda' {
    return this.view === 'month' || this.view === 'agenda' ? this.view : this._narrow ? 'agenda' : 'month';
  }

  override render(): TemplateResult {
    const language = this.language;
    const formatter = new EventFormatter(this.#locale, this.#zone);
    const level = Math.min(5, Math.max(2, Math.trunc(this.headingLevel) || 2));
    const view = this.#effectiveView();
    const source = this.#loader.source({ client: this.client, apiBase: this.apiBase });
    const summary: SummaryContext = {
      language,
      formatter,
      localize: this.localize,
      countryName: (code) => this.#reference.countryName(code, language),
      headingLevel: level + 2,
      timesOnly: true,
      onSelect: (event, trigger) => this.#select(event, trigger),
    };
    const grid = this.#grid!;
    const titleId = `${this.#id}-title`;

    let main: TemplateResult;
    if (view === 'month') {
      const day = this._selectedDay;
      const dayEvents = day ? (grid.weeks.flat().find((d) => d.date === day)?.entries.map((e) => e.event) ?? []) : [];
      main = html`<div class="grid-wrap" @keydown=${this.#onKeydown} @click=${this.#onGridClick}>
          ${monthGridTemplate({ grid, formatter, localize: this.localize, language, today: this.#today(), focusDate: this._focusDate, selectedDay: day, titleId }, this.#weekStart)}
        </div>
        ${this.#loader.state === 'ready' && this.#loader.events.length === 0 ? html`<p part="empty" class="empty">${this.localize.term('calendar.noEvents')}</p>` : nothing}
        ${day
          ? html`<div @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.#closeDay()}>
              ${dayPanelTemplate(
                { date: day, events: dayEvents, formatter, localize: this.localize, headingId: `${this.#id}-day`, headingLevel: level + 1, onClose: () => this.#closeDay() },
                summary,
              )}
            </div>`
          : nothing}`;
    } else {
      const range = { first: this._month, last: addDays(addMonths(this._month, 1), -1) };
      main = agendaTemplate(agendaDays(this.#loader.events, range, this.#zone), summary, level + 1);
    }

    return html`
      <div part="base" class="base" lang=${language} dir=${this.direction} data-view=${view}>
        ${renderChrome({
          localize: this.localize,
          language,
          formatter,
          monthTitle: formatter.monthTitle(this._month),
          titleId,
          level,
          rtl: this.direction === 'rtl',
          view,
          filter: this._filter,
          sectorName: (code) => this.#reference.sectorName(code, language).text,
          onStep: (months) => this.#step(months),
          onToday: () => {
            const today = this.#today();
            this.#goTo(today, today, false);
          },
          onView: (next) => (this.view = next),
          onFilter: (name, value) => this.#setFilter(name, value),
        })}
        <div part="status" role="status" class="visually-hidden">${this._announcement}</div>
        <div class="main" aria-busy=${this.#loader.state === 'loading' ? 'true' : 'false'}>${main}</div>
        ${this.#loader.state === 'error' ? renderError(this.localize, this.#loader.error, () => this.refresh()) : nothing}
        ${renderSubscribe(this.localize, this.#feed(source))}
        ${dialogTemplate({
          id: this.#id,
          event: this._detail,
          source,
          sessions: this.sessions,
          localize: this.localize,
          language,
          direction: this.direction,
          zone: this.#zone,
          level,
          onClose: () => this.#onDialogClose(),
        })}
      </div>
    `;
  }

  #feed(source: EventSource | undefined): string | undefined {
    if (this.feedUrl?.trim()) return new URL(this.feedUrl, document.baseURI).href;
    const { kind, sector, region } = this._filter;
    return source?.events.feedUrl?.(
      { ...(kind ? { kinds: [kind] } : {}), ...(sector ? { sectors: [sector] } : {}), ...(region ? { regions: [region] } : {}) },
      { lang: this.language },
    );
  }
}
