import { NgoOrganizationEditor } from './ngo-organization-editor.element.js';

export { NgoOrganizationEditor };
export default NgoOrganizationEditor;

NgoOrganizationEditor.define('ngo-organization-editor');

declare global {
  interface HTMLElementTagNameMap {
    'ngo-organization-editor': NgoOrganizationEditor;
  }
}
