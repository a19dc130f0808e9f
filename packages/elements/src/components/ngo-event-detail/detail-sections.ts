import { html, nothing, type TemplateResult } from 'lit';
import {
  pickLocalized,
  type EventOrganizer,
  type ForumEvent,
  type GoverningBodySession,
  type Language,
} from '@ngo-liaison/core';
import type { LocalizeController } from '../../internal/localize-controller.js';
import type { CommonKey, EventDetailKey, EventKey, EventSessionKey } from '../../internal/translation.js';
import { displayUrl, webUrl } from '../../internal/safe-url.js';
import type { EventFormatter } from '../ngo-event-card/event-format.js';
import { langAttrs } from '../ngo-event-card/event-summary.js';

/** The sections of <ngo-event-detail>, one function each; empty sections render nothing. */
export interface DetailContext {
  language: Language;
  formatter: EventFormatter;
  localize: LocalizeController<CommonKey | EventKey | EventDetailKey | EventSessionKey>;
  countryName: (code: string) => { text: string; lang?: string | undefined };
  sectorName: (code: string) => { text: string; lang?: string | undefined };
  /** The session the event is part of, once known (from `sessions` or the API). */
  session: GoverningBodySession | undefined;
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

/** A role's words with a name in its placeholder ("National Commission for UNESCO ({country})"). */
function filled(template: string, placeholder: string, name: string): TemplateResult {
  const [before, after = ''] = template.split(placeholder);
  return html`${before}<bdi>${name}</bdi>${after}`;
}

function organizer(o: EventOrganizer, ctx: DetailContext): TemplateResult {
  const words = ctx.localize.term(`organizerRole.${o.role}`);
  switch (o.role) {
    case 'host-ngo':
      return html`${localized(o.name, ctx.language)} <span class="muted">(${words})</span>`;
    case 'national-commission':
      return filled(words, '{country}', ctx.countryName(o.country).text);
    case 'programme-sector':
      return filled(words, '{sector}', ctx.sectorName(o.sector).text);
    case 'field-office':
      // By its code: the offices' names would add their loader to the detail's download.
      return filled(words, '{office}', o.office);
    default:
      return html`${words}`;
  }
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
          ${p.roles.map((role) => ctx.localize.term(`participationRole.${role}`)).join(', ')}${p.through ? ` — ${ctx.localize.term(`participationChannel.${p.through}`)}` : ''}
        </li>`,
      )}
    </ul>`,
  );
}

/**
 * The governing-body session the event is part of, named in the UI language ("212th session of
 * the Executive Board"), and the agenda item it is held on with the item's title. Until the
 * session is known (or without a way to load it) the session's id and the item number show.
 */
export function sessionSection(event: ForumEvent, ctx: DetailContext) {
  if (event.sessionId === undefined) return nothing;
  const { session, localize } = ctx;
  // Numbered sessions are named from body and number, as core's sessionTitle does for servers.
  const name =
    session?.number !== undefined
      ? localize.term(`sessionTitle.${session.body}`).replace('{n}', String(session.number))
      : session
        ? localized(session.title, ctx.language)
        : event.sessionId;
  const item = session?.agendaItems.find((i) => i.number === event.agendaItem);
  return section(
    'session',
    localize.term('session.partOf'),
    html`<bdi part="session-name">${name}</bdi>${event.agendaItem !== undefined
      ? html`<br /><span part="session-item">${localize.term('session.agendaItem', { number: event.agendaItem })}${item ? html` — ${localized(item.title, ctx.language)}` : nothing}</span>`
      : nothing}`,
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
