/* Field offices, loaded lazily by the widgets that name them (see reference.ts). */
export { FIELD_OFFICES } from '@ngo-liaison/core/reference';
