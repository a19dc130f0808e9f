import { NgoProgrammeFeedback } from './ngo-programme-feedback.element.js';

export { NgoProgrammeFeedback };
export default NgoProgrammeFeedback;

NgoProgrammeFeedback.define('ngo-programme-feedback');

declare global {
  interface HTMLElementTagNameMap {
    'ngo-programme-feedback': NgoProgrammeFeedback;
  }
}
