import { NgoRevisionReview } from './ngo-revision-review.element.js';

export { NgoRevisionReview };
export default NgoRevisionReview;

NgoRevisionReview.define('ngo-revision-review');

declare global {
  interface HTMLElementTagNameMap {
    'ngo-revision-review': NgoRevisionReview;
  }
}
