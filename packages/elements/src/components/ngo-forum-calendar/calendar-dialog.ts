import { html, nothing, type TemplateResult } from 'lit';
import { pickText, type ForumEvent, type GoverningBodySession, type Language } from '@ngo-liaison/core';
import type { LocalizeController } from '../../internal/localize-controller.js';
import type { EventKey } from '../../internal/translation.js';
import type { EventGetter } from '../ngo-event-detail/ngo-event-detail.element.js';
import type { EventSource } from './calendar-source.js';

export interface DialogContext {
  id: string;
  event: ForumEvent | undefined;
  source: EventSource | undefined;
  sessions: readonly GoverningBodySession[] | undefined;
  localize: LocalizeController<EventKey>;
  language: Language;
  direction: string;
  zone: string;
  level: number;
  onClose: () => void;
}

/**
 * The event detail dialog (a modal <dialog>: focus moves in, Escape closes, focus returns
 * to the event that opened it). <ngo-event-detail> is defined by its own chunk, loaded when
 * the first event is opened; until then the element simply upgrades when it arrives.
 */
export function dialogTemplate(ctx: DialogContext): TemplateResult {
  const { event, source } = ctx;
  return html`<dialog part="dialog" class="dialog" aria-labelledby=${`${ctx.id}-dialog-title`} @close=${ctx.onClose}>
    ${event
      ? html`<div class="dialog-head">
            <span id=${`${ctx.id}-dialog-title`} class="visually-hidden">${pickText(event.title, ctx.language)}</span>
            <button part="dialog-close" type="button" class="secondary" @click=${(e: Event) => (e.currentTarget as HTMLElement).closest('dialog')?.close()}>
              ${ctx.localize.term('event.close')}
            </button>
          </div>
          <ngo-event-detail
            .event=${event}
            .client=${source?.events.icsUrl ? (source as unknown as EventGetter) : undefined}
            .sessions=${ctx.sessions}
            time-zone=${ctx.zone}
            lang=${ctx.language}
            dir=${ctx.direction}
            heading-level=${ctx.level}
          ></ngo-event-detail>`
      : nothing}
  </dialog>`;
}
