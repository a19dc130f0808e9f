import { html, nothing, type TemplateResult } from 'lit';

/** A control's problem as the form shows it: `aria-invalid`, the id of its message, the message below it. */
export interface FieldState {
  invalid: 'true' | typeof nothing;
  describedBy: string | undefined;
  message: TemplateResult | typeof nothing;
}

/** The state of control `id` given its translated error (if any). */
export function fieldState(id: string, error: string | undefined): FieldState {
  return {
    invalid: error ? 'true' : nothing,
    describedBy: error ? `${id}-error` : undefined,
    message: error ? html`<p id="${id}-error" part="field-error">${error}</p>` : nothing,
  };
}

/** `aria-describedby` from the ids given (hint, error), or nothing. */
export function describedBy(...ids: (string | undefined)[]): string | typeof nothing {
  const list = ids.filter(Boolean).join(' ');
  return list || nothing;
}
