import { ActionSubmission, PATHS, SubmittedAction } from '@ngo-liaison/core';
import { relativePath } from '../transport.js';
import type { WriteTransport } from '../write-transport.js';
import { assertValidBody } from './write-body.js';
import { idempotentCreation, type CreateOptions } from './write-options.js';

/** Reporting an action on the ground (paragraphs 5 and 6 of the working-group paper). */
export interface ActionWritesResource {
  /**
   * Reports an action within a programme. `state` says what became of it: `published` at once
   * (a field office for its own countries, the Secretariat) or `pending` until the programme's
   * sector publishes or returns it (an NGO editor); `action.id` is the submission's id.
   */
  submit(submission: ActionSubmission, options?: CreateOptions): Promise<SubmittedAction>;
}

export function actionWritesResource(transport: WriteTransport): ActionWritesResource {
  return {
    async submit(submission, options = {}) {
      const path = relativePath(PATHS.submitAction);
      assertValidBody(transport, path, ActionSubmission, submission);
      return (await transport.send(path, SubmittedAction, { method: 'post', json: submission, ...idempotentCreation(options) })).data;
    },
  };
}
