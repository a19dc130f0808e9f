import { html, nothing, type TemplateResult } from 'lit';
import {
  pickLocalized,
  type EventOrganizer,
  type ForumEvent,
  type Language,
} from '@ngo-liaison/core';
import type { LocalizeController } from '../../internal/localize-controller.js';
import type { CommonKey, EventDetailKey, EventKey } from '../../internal/translation.js';
import { displayUrl, webUrl } from '../../internal/safe-url.js';
import type { EventFormatter } from '../ngo-event-card/event-format.js';
import { langAttrs } from '../ngo-event-card/event-summary.js';

/** The sections of <ngo-event-detail>, one function each; empty sections render nothing. */
export interface DetailContext {
  language: Language;
  formatter: EventFormatter;
  localize: LocalizeController<CommonKey | EventKey | EventDetailKey>;
  countryName: (code: string) => { text: string; lang?: string | undefined };
}

/** Text in the best available language, marked with its own `lang` when it falls back. */
export function localized(value: Partial<Record<Language, string>> | undefined, language: Language): TemplateResult | typeof nothing {
  const picked = pickLocalized(value, language);
  if (!picked) return nothing;
  const attrs = langAttrs(picked.lang, language);
  return html`<bdi lang=${attrs.lang ?? nothing} dir=${attrs.dir ?? nothing}>${picked.text}</bdi>`;
}

function section(part: string, label: string, body: TemplateResult): TemplateResult {
  return html`<div part=${`section ${part}`} class="section">
    <dt part="label">${label}</dt>
    <dd>${body}</dd>
  </div>`;
}

function organizer(o: EventOrganizer, ctx: DetailContext): TemplateResult {
  if (o.role === 'host-ngo') {
    return html`${localized(o.name, ctx.language)} <span class="muted">(${ctx.localize.term('organizerRole.host-ngo')})</span>`;
  }
  if (o.role === 'national-commission') {
    const [before, after = ''] = ctx.localize.term('organizerRole.national-commission').split('{country}');
    return html`${before}<bdi>${ctx.countryName(o.country).text}</bdi>${after}`;
  }
  return html`${ctx.localize.term(`organizerRole.${o.role}`)}`;
}

export function organizersSection(event: ForumEvent, ctx: DetailContext) {
  if (!event.organizers.length) return nothing;
  return section(
    'organizers',
    ctx.localize.term('event.organizers'),
    html`<ul class="plain">${event.organizers.map((o) => html`<li>${organizer(o, ctx)}</li>`)}</ul>`,
  );
}

export function participantsSection(event: ForumEvent, ctx: DetailContext) {
  if (!event.participants.length) return nothing;
  return section(
    'participants',
    ctx.localize.term('event.participants'),
    html`<ul class="plain">
      ${event.participants.map(
        (p) => html`<li>
          <bdi>${ctx.countryName(p.country).text}</bdi>:
          ${p.roles.map((role) => ctx.localize.term(`participationRole.${role}`)).join(', ')}
        </li>`,
      )}
    </ul>`,
  );
}

export function phasesSection(event: ForumEvent, ctx: DetailContext) {
  if (!event.phases.length) return nothing;
  return section(
    'phases',
    ctx.localize.term('event.phases'),
    html`<ol part="phases" class="plain">
      ${event.phases.map(
        (phase) => html`<li part="phase" data-status=${phase.status}>
          <strong>${ctx.localize.term(`phase.${phase.phase}`)}</strong>
          — ${ctx.localize.term(`phaseStatus.${phase.status}`)}${phase.start
            ? html` · <time datetime=${phase.start}>${ctx.formatter.dateRange(phase.start, phase.end ?? phase.start)}</time>`
            : nothing}
          ${phase.note ? html`<br />${localized(phase.note, ctx.language)}` : nothing}
        </li>`,
      )}
    </ol>`,
  );
}

export function outputsSection(event: ForumEvent, ctx: DetailContext) {
  const outputs = event.outputs.filter((o) => webUrl(o.url));
  if (!outputs.length) return nothing;
  return section(
    'outputs',
    ctx.localize.term('event.outputs'),
    html`<ul class="plain">
      ${outputs.map(
        (o) => html`<li>
          <a part="link" href=${webUrl(o.url)!.href} rel="noopener noreferrer" target="_blank">
            ${ctx.localize.term(`output.${o.kind}`)}${o.title ? html`: ${localized(o.title, ctx.language)}` : nothing}
          </a>
        </li>`,
      )}
    </ul>`,
  );
}

export function registrationSection(event: ForumEvent, ctx: DetailContext) {
  const registration = event.registration;
  if (!registration) return nothing;
  const url = webUrl(registration.url);
  const zone = event.when.timeZone ?? 'UTC';
  if (!url && !registration.deadline && !registration.note) return nothing;
  return section(
    'registration',
    ctx.localize.term('event.registration'),
    html`${url ? html`<a part="register" class="button" href=${url.href} rel="noopener noreferrer" target="_blank">${ctx.localize.term('event.register')}</a>` : nothing}
    ${registration.deadline
      ? html`<p>${ctx.localize.term('event.deadline', { date: ctx.formatter.instantIn(registration.deadline, zone) })}</p>`
      : nothing}
    ${registration.note ? html`<p>${localized(registration.note, ctx.language)}</p>` : nothing}`,
  );
}

export function languagesSection(event: ForumEvent, ctx: DetailContext) {
  if (!event.languages.length) return nothing;
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([ctx.language], { type: 'language' });
  } catch {
    names = undefined;
  }
  return section('languages', ctx.localize.term('event.languages'), html`${event.languages.map((code) => names?.of(code) ?? code).join(', ')}`);
}

export function sourcesSection(event: ForumEvent, ctx: DetailContext) {
  const urls = event.provenance.sourceUrls.map((u) => webUrl(u)).filter((u): u is URL => u !== undefined);
  if (!urls.length) return nothing;
  return section(
    'sources',
    ctx.localize.term('sources'),
    html`<ul class="plain">
      ${urls.map((url) => html`<li><a part="link" href=${url.href} rel="noopener noreferrer" target="_blank" dir="ltr">${displayUrl(url)}</a></li>`)}
    </ul>`,
  );
}

export { section };
