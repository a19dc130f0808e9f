import { html, nothing, type TemplateResult } from 'lit';
import { directionOf, pickLocalized, type ForumEvent, type Language } from '@ngo-liaison/core';
import type { LocalizeController } from '../../internal/localize-controller.js';
import type { EventKey } from '../../internal/translation.js';
import type { EventFormatter } from './event-format.js';

/**
 * One event in brief: title (a button), type and status, when, where. Drawn by
 * `<ngo-event-card>` and, without an element per item (500 shadow roots would be slow),
 * by the agenda and day lists of `<ngo-forum-calendar>`; both use eventSummaryStyles.
 */
export interface SummaryContext {
  language: Language;
  formatter: EventFormatter;
  localize: LocalizeController<EventKey>;
  /** Country name in the element's language (the code until reference data has loaded). */
  countryName: (code: string) => { text: string; lang?: string | undefined };
  headingLevel: number;
  /** Times only (lists grouped by day); dates are still shown for multi-day events. */
  timesOnly?: boolean;
  onSelect: (event: ForumEvent, trigger: HTMLElement) => void;
}

/** `lang`/`dir` attributes for text in another language than the element's. */
export function langAttrs(textLang: string | undefined, language: Language) {
  if (!textLang || textLang === language) return { lang: undefined, dir: undefined };
  const dir = directionOf(textLang as Language);
  return { lang: textLang, dir: dir !== directionOf(language) ? dir : undefined };
}

export function whereText(event: ForumEvent, ctx: Pick<SummaryContext, 'language' | 'countryName' | 'localize'>): string {
  const { location } = event;
  if (!location) return '';
  const parts: string[] = [];
  if (location.mode !== 'online') {
    const venue = pickLocalized(location.venue, ctx.language)?.text;
    const city = pickLocalized(location.city, ctx.language)?.text;
    if (venue) parts.push(venue);
    if (city) parts.push(city);
    parts.push(ctx.countryName(location.country).text);
  }
  if (location.mode !== 'in-person') parts.push(ctx.localize.term('attendance.online'));
  return parts.join(', ');
}

export function statusBadge(event: ForumEvent, localize: LocalizeController<EventKey>): TemplateResult | typeof nothing {
  if (event.status !== 'cancelled' && event.status !== 'postponed') return nothing;
  return html`<span part="event-status" class="status" data-status=${event.status}>${localize.term(`eventStatus.${event.status}`)}</span>`;
}

export function eventSummary(event: ForumEvent, ctx: SummaryContext): TemplateResult {
  const { language, formatter, localize } = ctx;
  const title = pickLocalized(event.title, language) ?? { text: event.id, lang: language };
  const titleAttrs = langAttrs(title.lang, language);
  const when = formatter.when(event, { withDate: !ctx.timesOnly });
  const where = whereText(event, ctx);
  const level = Math.min(6, Math.max(2, Math.trunc(ctx.headingLevel) || 3));
  // No whitespace between the blocks (tags close on the next line instead): an agenda draws
  // 500 of these, and indentation made 18 text nodes in each, over a third of the list's
  // nodes, every one cloned and inserted. Spaces that separate words are kept.
  return html`<article part="event" class="event" data-id=${event.id} data-status=${event.status} data-kind=${event.kind}
    ><div part="event-heading" role="heading" aria-level=${level}
      ><button
        part="event-title"
        type="button"
        class="title"
        lang=${titleAttrs.lang ?? nothing}
        dir=${titleAttrs.dir ?? nothing}
        @click=${(e: Event) => ctx.onSelect(event, e.currentTarget as HTMLElement)}
        ><bdi .textContent=${title.text}></bdi></button
      ></div
    ><p part="event-meta" class="meta"
      ><span part="event-kind" class="kind" .textContent=${localize.term(`eventKind.${event.kind}`)}></span> ${statusBadge(event, localize)} ${event.provenance.fictional
        ? html`<span part="event-fictional" class="fictional" .textContent=${localize.term('event.fictional')}></span>`
        : nothing}</p
    ><p part="event-when" class="when"
      ><time datetime=${when.datetime} .textContent=${when.text}></time>${when.allDay
        ? html` <span class="all-day">· ${localize.term('event.allDay')}</span>`
        : nothing}${when.local ? html` <span part="event-local-time" class="local" .textContent=${localize.term('event.localTime', { time: when.local })}></span>` : nothing}</p
    >${where ? html`<p part="event-where" class="where"><bdi>${where}</bdi></p>` : nothing}</article
  >`;
}
