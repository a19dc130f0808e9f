import { NgoOrganizationProfile } from './ngo-organization-profile.element.js';

export { NgoOrganizationProfile };
export default NgoOrganizationProfile;

NgoOrganizationProfile.define('ngo-organization-profile');

declare global {
  interface HTMLElementTagNameMap {
    'ngo-organization-profile': NgoOrganizationProfile;
  }
}
