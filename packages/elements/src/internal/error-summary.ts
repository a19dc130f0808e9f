import { html, nothing, type TemplateResult } from 'lit';
import { FIELD_ERROR_CODES, type FieldIssue } from '@ngo-liaison/core';
import type { LocalizeController } from './localize-controller.js';
import type { EditorKey } from './translation.js';

/** The translated message of an issue, from its stable code (an unknown code reads as an invalid value). */
export function issueMessage(localize: LocalizeController<EditorKey>, issue: FieldIssue): string {
  const code = (FIELD_ERROR_CODES as readonly string[]).includes(issue.code ?? '') ? (issue.code as (typeof FIELD_ERROR_CODES)[number]) : 'invalid-value';
  return localize.term(`fieldError.${code}`);
}

/** What a form tells the summary: its title, and how a problem's path maps to a control and its label. */
export interface ErrorSummaryOptions {
  /** "There are 2 problems to fix before …" (the caller's plural string). */
  title: string;
  /** The id of the control a path points to; undefined when the form does not show that field. */
  controlOf(path: string): string | undefined;
  /** The control's label as the summary names it. */
  labelOf(control: string): string;
  /** Moves focus to a control (by id). */
  focusControl(control: string): void;
}

/**
 * The write path's error summary: how many problems, then one link per problem to its
 * control. It takes focus when shown (the element moves it there), so keyboard and
 * screen-reader users start from it; each link moves focus to its control.
 */
export function renderErrorSummary(localize: LocalizeController<EditorKey>, issues: readonly FieldIssue[], options: ErrorSummaryOptions): TemplateResult | typeof nothing {
  if (issues.length === 0) return nothing;
  return html`<div part="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title">
    <p part="error-summary-title" id="error-summary-title">${options.title}</p>
    <ul role="list">
      ${issues.map((issue) => {
        const control = options.controlOf(issue.path);
        const message = issueMessage(localize, issue);
        if (!control) return html`<li>${localize.term('editor.issue', { field: issue.path, message })}</li>`;
        return html`<li>
          <a href="#${control}" @click=${(event: Event) => (event.preventDefault(), options.focusControl(control))}
            >${localize.term('editor.issue', { field: options.labelOf(control), message })}</a
          >
        </li>`;
      })}
    </ul>
  </div>`;
}
