import { NgoRecommendationTracker } from './ngo-recommendation-tracker.element.js';

export { NgoRecommendationTracker };
export default NgoRecommendationTracker;

NgoRecommendationTracker.define('ngo-recommendation-tracker');

declare global {
  interface HTMLElementTagNameMap {
    'ngo-recommendation-tracker': NgoRecommendationTracker;
  }
}
