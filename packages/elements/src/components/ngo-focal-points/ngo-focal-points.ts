import { NgoFocalPoints } from './ngo-focal-points.element.js';

export { NgoFocalPoints };
export default NgoFocalPoints;

NgoFocalPoints.define('ngo-focal-points');

declare global {
  interface HTMLElementTagNameMap {
    'ngo-focal-points': NgoFocalPoints;
  }
}
