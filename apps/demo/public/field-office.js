// A field office's page: <ngo-action-submit> for the office's own actions (published at once,
// in the countries the office covers) and <ngo-inbox> for what concerns the office.
import { client } from '/demo/write-path.js';
import { $, openRolePage } from '/demo/role-page.js';

const { grants } = await openRolePage('field-office');
if (grants.length > 0) {
  const submit = document.querySelector('ngo-action-submit');
  submit.client = client;
  submit.setAttribute('field-office', grants[0].fieldOffice);
  document.querySelector('ngo-inbox').client = client;
  $('work').hidden = false;
}
