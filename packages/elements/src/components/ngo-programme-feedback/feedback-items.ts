import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { FEEDBACK_STATES, LANGUAGES, type Feedback, type FeedbackSummaryRow, type Language } from '@ngo-liaison/core';
import { describedBy, fieldState } from '../../internal/field-state.js';
import { languageName } from '../../internal/field-text.js';
import type { LocalizeController } from '../../internal/localize-controller.js';
import type { CommonKey, EditorKey, FormsKey } from '../../internal/translation.js';

/** One feedback as the element shows it, with the sector's answer being typed. */
export interface FeedbackView {
  feedback: Feedback;
  answer: string;
  answerLanguage: Language;
  answerError?: string | undefined;
  /** A 409: someone of the sector dealt with it first (it is shown as it is now). */
  moved?: boolean;
  error?: string | undefined;
  busy: boolean;
}

type Named = { text: string; lang?: string | undefined };

export interface ItemsContext {
  localize: LocalizeController<CommonKey | EditorKey | FormsKey>;
  programme(id: string): Named;
  country(code: string): string;
  office(code: string): string;
  /** Heading level of each feedback's subject. */
  level: number;
  /** The sector's view: who sent it, Acknowledge and Answer. */
  sector: boolean;
  acknowledge(view: FeedbackView): void;
  answer(view: FeedbackView, index: number): void;
  /** Keeps what the sector types (no re-render needed). */
  edit(view: FeedbackView, mutate: (view: FeedbackView) => void): void;
}

const date = (localize: ItemsContext['localize'], iso: string) => new Intl.DateTimeFormat(localize.uiLanguage, { dateStyle: 'long' }).format(new Date(iso));

function renderAnswerForm(c: ItemsContext, view: FeedbackView, index: number): TemplateResult {
  const { localize } = c;
  const id = `answer-${index}`;
  const state = fieldState(id, view.answerError);
  const busy = view.busy ? 'true' : nothing;
  return html`<div part="actions">
    ${view.feedback.state === 'sent'
      ? html`<button part="acknowledge" type="button" aria-disabled=${busy} @click=${() => c.acknowledge(view)}>${localize.term('feedback.acknowledge')}</button>`
      : nothing}
    <div part="field">
      <label part="label" for=${id}>${localize.term('feedback.answerText')}</label>
      <textarea part="input" id=${id} rows="3" lang=${view.answerLanguage} dir="auto" .value=${live(view.answer)} aria-invalid=${state.invalid}
        aria-describedby=${describedBy(state.describedBy)} @input=${(event: Event) => c.edit(view, (v) => (v.answer = (event.target as HTMLTextAreaElement).value))}></textarea>
      ${state.message}
    </div>
    <div part="field">
      <label part="label" for="${id}-language">${localize.term('feedback.answerLanguage')}</label>
      <select part="select" id="${id}-language" @change=${(event: Event) => c.edit(view, (v) => (v.answerLanguage = (event.target as HTMLSelectElement).value as Language))}>
        ${LANGUAGES.map((lang) => html`<option value=${lang} ?selected=${lang === view.answerLanguage}>${languageName(lang, localize.uiLanguage)}</option>`)}
      </select>
    </div>
    <button part="answer" type="button" aria-disabled=${busy} @click=${() => c.answer(view, index)}>${localize.term('feedback.answer')}</button>
  </div>`;
}

/** One feedback: subject, programme, where, when, state, text and the sector's answer, all as text in its own language. */
function renderItem(c: ItemsContext, view: FeedbackView, index: number): TemplateResult {
  const { localize } = c;
  const { feedback } = view;
  const programme = c.programme(feedback.programme);
  const where = [feedback.country ? c.country(feedback.country) : '', feedback.fieldOffice ? c.office(feedback.fieldOffice) : ''].filter(Boolean).join(' · ');
  const answer = feedback.answer;
  return html`<li part="feedback-item ${feedback.state}">
    <article aria-labelledby="feedback-${index}">
      <div part="feedback-subject" id="feedback-${index}" role="heading" aria-level=${Math.min(6, c.level)} lang=${feedback.language} dir="auto">
        <bdi>${feedback.subject}</bdi>
      </div>
      <p part="feedback-meta"><span lang=${programme.lang ?? nothing}>${programme.text}</span>${where ? ` · ${where}` : ''}</p>
      ${c.sector ? html`<p part="feedback-from">${localize.term('feedback.from', { organization: feedback.organization })}</p>` : nothing}
      <p part="feedback-state">
        <span part="state-label">${localize.term(`feedback.state.${feedback.state}`)}</span> · ${localize.term('feedback.sentOn', { date: date(localize, feedback.sentAt) })}
      </p>
      <p part="feedback-text" lang=${feedback.language} dir="auto">${feedback.text}</p>
      ${answer
        ? html`<div part="answer-box">
            <p part="answer-by">${localize.term('feedback.answerBy', { name: answer.by.displayName, date: date(localize, answer.at) })}</p>
            <p part="answer-text" lang=${answer.language} dir="auto">${answer.text}</p>
          </div>`
        : nothing}
      ${view.moved ? html`<p part="moved" role="alert">${localize.term('feedback.moved')}</p>` : nothing}
      ${view.error ? html`<p part="field-error" role="alert">${view.error}</p>` : nothing}
      ${c.sector && !answer ? renderAnswerForm(c, view, index) : nothing}
    </article>
  </li>`;
}

export function renderItems(c: ItemsContext, views: readonly FeedbackView[]): TemplateResult {
  if (views.length === 0) return html`<p part="empty">${c.localize.term('feedback.empty')}</p>`;
  return html`<ol part="feedback-list" role="list">${views.map((view, index) => renderItem(c, view, index))}</ol>`;
}

/** The sector's overview: per programme and country, how many are sent, acknowledged, answered. */
export function renderSummary(c: ItemsContext, rows: readonly FeedbackSummaryRow[], level: number): TemplateResult {
  const { localize } = c;
  return html`<section part="summary" aria-labelledby="summary-title">
    <div part="summary-title" id="summary-title" role="heading" aria-level=${Math.min(6, level)}>${localize.term('feedback.summary')}</div>
    ${rows.length === 0
      ? html`<p part="empty">${localize.term('feedback.summaryEmpty')}</p>`
      : html`<ul part="summary-rows" role="list">
          ${rows.map((row) => {
            const programme = c.programme(row.programme);
            return html`<li part="summary-row">
              <p part="summary-scope">
                <span lang=${programme.lang ?? nothing}>${programme.text}</span> · ${row.country ? c.country(row.country) : localize.term('feedback.noCountry')}
              </p>
              <dl part="counts">
                ${FEEDBACK_STATES.map((state) => html`<div><dt>${localize.term(`feedback.state.${state}`)}</dt><dd>${row[state]}</dd></div>`)}
                <div><dt>${localize.term('feedback.total')}</dt><dd>${row.total}</dd></div>
              </dl>
            </li>`;
          })}
        </ul>`}
  </section>`;
}
