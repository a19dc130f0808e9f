import { html, nothing, svg, type TemplateResult } from 'lit';
import { pickLocalized, type Consultation, type ConsultationResults, type Language, type Question, type QuestionResult } from '@ngo-liaison/core';
import type { LocalizeController } from '../../internal/localize-controller.js';
import type { CommonKey, ConsultationKey } from '../../internal/translation.js';

/** What the results view needs of the element. */
export interface ResultsContext {
  localize: LocalizeController<CommonKey | ConsultationKey>;
  language: Language;
  /** Level of the section's heading; each question's is one below. */
  level: number;
  /** Live results for the owner (not published yet). */
  live: boolean;
  /** A localised text with its `lang` and a visible note when it is not in the page's language (nor in `beside`, its question's). */
  text(value: Question['prompt'] | undefined, beside?: string): TemplateResult;
}

/**
 * A bar as SVG (no chart library, no inline style: CSP-safe). The chart is hidden from assistive
 * technology because the table beside it says the same with words and numbers.
 */
const bar = (share: number) =>
  html`<svg part="bar" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    ${svg`<rect part="bar-track" width="100" height="4"></rect><rect part="bar-fill" width=${Math.round(Math.max(0, Math.min(1, share)) * 1000) / 10} height="4"></rect>`}
  </svg>`;

function percent(language: Language, value: number): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

function number(language: Language, value: number, digits = 0): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
}

function optionLabel(context: ResultsContext, question: Question, key: string): TemplateResult {
  const option = question.kind === 'free-text' ? undefined : question.options.find((o) => o.key === key);
  return option ? context.text(option.label, pickLocalized(question.prompt, context.language)?.lang) : html`${key}`;
}

function renderCounts(context: ResultsContext, question: Question, result: Extract<QuestionResult, { counts: unknown }>): TemplateResult {
  const { localize } = context;
  const ui = localize.uiLanguage;
  const shareOf = (count: number) => (result.answered === 0 ? 0 : count / result.answered);
  return html`<ul part="chart" role="list" aria-hidden="true">
      ${result.counts.map(
        (c) => html`<li part="chart-row">
          <span part="chart-label">${optionLabel(context, question, c.option)}</span>
          ${bar(shareOf(c.count))}
          <span part="chart-value">${number(ui, c.count)} (${percent(ui, shareOf(c.count))})</span>
        </li>`,
      )}
    </ul>
    <table part="table">
      <caption part="caption">
        ${context.text(question.prompt)} — ${localize.plural('consultation.answered', result.answered)}
        ${result.kind === 'multiple-choice' ? html`<span part="caption-note">${localize.term('consultation.manyChoices')}</span>` : nothing}
      </caption>
      <thead>
        <tr>
          <th scope="col">${localize.term('consultation.option')}</th>
          <th scope="col">${localize.term('consultation.count')}</th>
          <th scope="col">${localize.term('consultation.share')}</th>
        </tr>
      </thead>
      <tbody>
        ${result.counts.map(
          (c) => html`<tr data-option=${c.option}>
            <th scope="row">${optionLabel(context, question, c.option)}</th>
            <td>${number(ui, c.count)}</td>
            <td>${percent(ui, shareOf(c.count))}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
}

function renderRanking(context: ResultsContext, question: Question, result: Extract<QuestionResult, { kind: 'ranking' }>): TemplateResult {
  const { localize } = context;
  const ui = localize.uiLanguage;
  // The most points an option can get: first place in every response.
  const most = Math.max(1, (result.standings.length - 1) * result.answered);
  return html`<ol part="chart" aria-hidden="true">
      ${result.standings.map(
        (s) => html`<li part="chart-row">
          <span part="chart-label">${optionLabel(context, question, s.option)}</span>
          ${bar(s.points / most)}
          <span part="chart-value">${s.meanRank === null ? localize.term('consultation.notRanked') : number(ui, s.meanRank, 2)}</span>
        </li>`,
      )}
    </ol>
    <table part="table">
      <caption part="caption">
        ${context.text(question.prompt)} — ${localize.plural('consultation.answered', result.answered)}
        <span part="caption-note">${localize.term('consultation.rankingNote')}</span>
      </caption>
      <thead>
        <tr>
          <th scope="col">${localize.term('consultation.place')}</th>
          <th scope="col">${localize.term('consultation.option')}</th>
          <th scope="col">${localize.term('consultation.meanRank')}</th>
          <th scope="col">${localize.term('consultation.points')}</th>
        </tr>
      </thead>
      <tbody>
        ${result.standings.map(
          (s, index) => html`<tr data-option=${s.option}>
            <td>${number(ui, index + 1)}</td>
            <th scope="row">${optionLabel(context, question, s.option)}</th>
            <td>${s.meanRank === null ? localize.term('consultation.notRanked') : number(ui, s.meanRank, 2)}</td>
            <td>${number(ui, s.points)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
}

/** The results: for each question a bar chart and its table (choices, rankings), or the count of written answers. */
export function renderResults(context: ResultsContext, consultation: Consultation, results: ConsultationResults): TemplateResult {
  const { localize } = context;
  const level = Math.min(6, context.level);
  return html`<section part="results" aria-labelledby="results-title">
    <div part="results-title" id="results-title" role="heading" aria-level=${level}>
      ${localize.term(context.live ? 'consultation.liveResults' : 'consultation.results')}
    </div>
    <p part="response-count">${localize.plural('consultation.responses', results.responses)}</p>
    ${results.questions.map((result) => {
      const question = consultation.questions.find((q) => q.key === result.question);
      if (!question) return nothing;
      return html`<section part="result ${result.kind}" data-question=${result.question} aria-labelledby="result-${result.question}">
        <div part="result-title" id="result-${result.question}" role="heading" aria-level=${Math.min(6, level + 1)}>${context.text(question.prompt)}</div>
        ${result.kind === 'free-text'
          ? html`<p part="written">${localize.plural('consultation.written', result.answered)}</p>`
          : result.kind === 'ranking'
            ? renderRanking(context, question, result)
            : renderCounts(context, question, result)}
      </section>`;
    })}
  </section>`;
}
