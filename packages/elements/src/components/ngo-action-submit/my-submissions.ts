import { html, nothing, type TemplateResult } from 'lit';
import { pickLocalized, type Language, type Programme, type SubmittedAction } from '@ngo-liaison/core';
import type { LocalizeController } from '../../internal/localize-controller.js';
import type { FormsKey } from '../../internal/translation.js';

export interface MineContext {
  localize: LocalizeController<FormsKey>;
  language: Language;
  programmes: readonly Programme[];
  /** Heading level of the list's title. */
  level: number;
}

/**
 * The submitter's actions still waiting for the sector, and those it returned with its reason.
 * Every text is the author's or the sector's, rendered as text (never markup), with its language.
 */
export function renderMine(context: MineContext, mine: readonly SubmittedAction[]): TemplateResult {
  const { localize, language } = context;
  const date = (iso: string) => new Intl.DateTimeFormat(localize.uiLanguage, { dateStyle: 'long' }).format(new Date(iso));
  return html`<section part="mine" aria-labelledby="mine-title">
    <div part="mine-title" id="mine-title" role="heading" aria-level=${Math.min(6, context.level)}>${localize.term('submit.mine')}</div>
    ${mine.length === 0
      ? html`<p part="empty">${localize.term('submit.mineEmpty')}</p>`
      : html`<ul part="submissions" role="list">
          ${mine.map((submission) => {
            const { action, state } = submission;
            const title = pickLocalized(action.title, language);
            const programme = context.programmes.find((p) => p.id === action.programme);
            const programmeTitle = programme ? pickLocalized(programme.title, language) : undefined;
            return html`<li part="submission ${state}">
              <p part="submission-title" lang=${title?.lang ?? nothing} dir="auto"><bdi>${title?.text ?? action.id}</bdi></p>
              <p part="submission-programme" lang=${programmeTitle?.lang ?? nothing}>${programmeTitle?.text ?? action.programme}</p>
              ${state === 'returned'
                ? html`<p part="submission-state">${localize.term('submit.returnedOn', { date: date(submission.decidedAt ?? submission.submittedAt) })}</p>
                    <p part="reason" dir="auto">${submission.reason ?? ''}</p>`
                : html`<p part="submission-state">${localize.term('submit.pendingSince', { date: date(submission.submittedAt) })}</p>`}
            </li>`;
          })}
        </ul>`}
  </section>`;
}
