import { NgoHearingRequest } from './ngo-hearing-request.element.js';

export { NgoHearingRequest };
export default NgoHearingRequest;

NgoHearingRequest.define('ngo-hearing-request');

declare global {
  interface HTMLElementTagNameMap {
    'ngo-hearing-request': NgoHearingRequest;
  }
}
