import { NgoMeetings } from './ngo-meetings.element.js';

export { NgoMeetings };
export default NgoMeetings;

NgoMeetings.define('ngo-meetings');

declare global {
  interface HTMLElementTagNameMap {
    'ngo-meetings': NgoMeetings;
  }
}
