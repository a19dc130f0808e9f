import type { AddresseeNames } from '../../internal/addressee-label.js';
import type { LocalizeController } from '../../internal/localize-controller.js';
import type { InboxKey, TrackerKey } from '../../internal/translation.js';

/**
 * Why an item reached its addressee, in words: core's delivery reasons are codes ("sector:CLT",
 * "programme:<id>", "country:KE", "field-office:listed", "field-office:nairobi",
 * "organization:<id>", the audiences of consultations ("region:africa", "consultation:<kind>"),
 * and the routing reasons of recommendations). A code this version does not know is shown as it
 * is rather than dropped.
 */
export function reasonText(names: AddresseeNames & { localize: LocalizeController<InboxKey | TrackerKey> }, reason: string): string {
  const { localize, language, reference, offices } = names;
  const colon = reason.indexOf(':');
  const code = colon < 0 ? reason : reason.slice(0, colon);
  const value = colon < 0 ? '' : reason.slice(colon + 1);
  switch (code) {
    case 'sector':
      return localize.term('reason.sector', { name: reference.sectorName(value, language).text });
    case 'programme':
      return localize.term('reason.programme', { name: value });
    case 'country':
    case 'named-country':
    case 'covers-country':
      return localize.term('reason.country', { name: reference.countryName(value, language).text });
    case 'field-office':
      return value === 'listed' ? localize.term('reason.field-office-listed') : localize.term('reason.field-office', { name: offices.name(value, language).text });
    case 'organization':
      return localize.term('reason.organization', { name: value });
    case 'named-sector':
      return localize.term('reason.named-sector');
    case 'theme':
    case 'theme-of-sector':
    case 'programme-theme':
      return localize.term('reason.theme', { name: value.split(':')[0]! });
    case 'region':
      return localize.term('reason.region');
    case 'consultation':
      return localize.term('reason.audience');
    default:
      return reason;
  }
}
