// An NGO editor's page: <ngo-action-submit>, <ngo-programme-feedback>, <ngo-hearing-request>, <ngo-consultation> and
// <ngo-meetings> for the organisation the person edits (a choice when they edit several), and <ngo-inbox> for
// everything addressed to their organisations.
import { client } from '/demo/write-path.js';
import { $, openRolePage } from '/demo/role-page.js';

const { grants } = await openRolePage('ngo-editor');
if (grants.length > 0) {
  const select = $('organization');
  select.replaceChildren(...grants.map((grant) => new Option(grant.organization, grant.organization)));
  const forms = document.querySelectorAll('ngo-action-submit, ngo-programme-feedback, ngo-hearing-request, ngo-consultation, ngo-meetings');
  const show = () => {
    for (const form of forms) form.setAttribute('organization', select.value);
  };
  for (const element of [...forms, document.querySelector('ngo-inbox')]) element.client = client;
  show();
  select.addEventListener('change', show);
  $('work').hidden = false;
}
