import { NgoActionFeed } from './ngo-action-feed.element.js';

export { NgoActionFeed };
export default NgoActionFeed;

NgoActionFeed.define('ngo-action-feed');

declare global {
  interface HTMLElementTagNameMap {
    'ngo-action-feed': NgoActionFeed;
  }
}
