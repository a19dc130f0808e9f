import { html, nothing, type TemplateResult } from 'lit';
import { EVENT_KINDS, SECTOR_CODES, UNESCO_REGIONS, googleSubscribeUrl, type Language } from '@ngo-liaison/core';
import { errorMessage } from '../../internal/error-message.js';
import type { LocalizeController } from '../../internal/localize-controller.js';
import type { CommonKey, EventKey } from '../../internal/translation.js';
import { webUrl } from '../../internal/safe-url.js';
import type { EventFormatter } from '../ngo-event-card/event-format.js';

type FilterName = 'kind' | 'sector' | 'region';

export interface ChromeContext {
  localize: LocalizeController<CommonKey | EventKey>;
  language: Language;
  formatter: EventFormatter;
  monthTitle: string;
  titleId: string;
  level: number;
  rtl: boolean;
  view: 'month' | 'agenda';
  filter: Partial<Record<FilterName, string>>;
  sectorName: (code: string) => string;
  onStep: (months: number) => void;
  onToday: () => void;
  onView: (view: 'month' | 'agenda') => void;
  onFilter: (name: FilterName, value: string) => void;
}

function select(ctx: ChromeContext, name: FilterName, label: string, options: [string, string][]): TemplateResult {
  const id = `${ctx.titleId}-${name}`;
  return html`<span part="filter" class="filter">
    <label for=${id}>${label}</label>
    <select id=${id} @change=${(e: Event) => ctx.onFilter(name, (e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${!ctx.filter[name]}>${ctx.localize.term('calendar.filter.all')}</option>
      ${options.map(([value, text]) => html`<option value=${value} ?selected=${ctx.filter[name] === value}>${text}</option>`)}
    </select>
  </span>`;
}

/** Header (month navigation, title, view switch), filters and the time-zone line. */
export function renderChrome(ctx: ChromeContext): TemplateResult {
  const { localize } = ctx;
  // Arrows point the way the page reads: "previous" points right in Arabic.
  const [previousGlyph, nextGlyph] = ctx.rtl ? ['›', '‹'] : ['‹', '›'];
  return html`
    <div part="header" class="header">
      <div class="nav">
        <button part="nav-button previous" type="button" class="icon" aria-label=${localize.term('calendar.previous')} @click=${() => ctx.onStep(-1)}>
          <span aria-hidden="true">${previousGlyph}</span>
        </button>
        <div id=${ctx.titleId} part="title" class="month-title" role="heading" aria-level=${ctx.level}>${ctx.monthTitle}</div>
        <button part="nav-button next" type="button" class="icon" aria-label=${localize.term('calendar.next')} @click=${() => ctx.onStep(1)}>
          <span aria-hidden="true">${nextGlyph}</span>
        </button>
        <button part="today" type="button" class="secondary" @click=${ctx.onToday}>${localize.term('calendar.today')}</button>
      </div>
      <div part="views" class="views" role="group" aria-label=${localize.term('calendar.view')}>
        ${(['month', 'agenda'] as const).map(
          (view) => html`<button part="view-button" type="button" aria-pressed=${ctx.view === view ? 'true' : 'false'} @click=${() => ctx.onView(view)}>
            ${localize.term(view === 'month' ? 'calendar.view.month' : 'calendar.view.agenda')}
          </button>`,
        )}
      </div>
    </div>
    <div part="filters" class="filters" role="group" aria-label=${localize.term('calendar.filters')}>
      ${select(ctx, 'kind', localize.term('calendar.filter.kind'), EVENT_KINDS.map((kind) => [kind, localize.term(`eventKind.${kind}`)]))}
      ${select(ctx, 'sector', localize.term('calendar.filter.sector'), SECTOR_CODES.map((code) => [code, ctx.sectorName(code)]))}
      ${select(ctx, 'region', localize.term('calendar.filter.region'), UNESCO_REGIONS.map((region) => [region, localize.term(`region.${region}`)]))}
    </div>
    <p part="time-zone" class="time-zone">${localize.term('calendar.timesIn', { zone: ctx.formatter.zoneName() })}</p>
  `;
}

export function renderError(localize: LocalizeController<CommonKey | EventKey>, error: unknown, onRetry: () => void): TemplateResult {
  return html`<div part="error" class="error" role="alert">
    <p>${localize.term('calendar.errorTitle')}</p>
    <p>${errorMessage(localize, error)}</p>
    <button part="retry" type="button" @click=${onRetry}>${localize.term('retry')}</button>
  </div>`;
}

/** "Subscribe to this calendar": a webcal link for calendar apps, Google's page, and the address to copy. */
export function renderSubscribe(localize: LocalizeController<CommonKey | EventKey>, feedUrl: string | undefined): TemplateResult | typeof nothing {
  const feed = webUrl(feedUrl);
  if (!feed) return nothing;
  const webcal = feed.href.replace(/^https?:/, 'webcal:');
  return html`<details part="subscribe" class="subscribe">
    <summary>${localize.term('calendar.subscribe')}</summary>
    <p>${localize.term('calendar.subscribeHint')}</p>
    <p class="actions">
      <a part="subscribe-link" class="button" href=${webcal}>${localize.term('calendar.subscribeApp')}</a>
      <a part="subscribe-link google" href=${googleSubscribeUrl(feed.href)} rel="noopener noreferrer" target="_blank">${localize.term('calendar.subscribeGoogle')}</a>
    </p>
    <label class="feed">
      ${localize.term('calendar.feedAddress')}
      <input part="feed-url" type="url" readonly .value=${feed.href} dir="ltr" @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()} />
    </label>
  </details>`;
}
