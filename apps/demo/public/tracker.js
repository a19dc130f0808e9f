// The public tracker: no sign-in. The form sets the element's event, sector or country attribute.
import { $ } from '/demo/role-page.js';
import { languageSwitch } from '/demo/write-path.js';

languageSwitch();
const tracker = $('tracker');
tracker.setAttribute('api-base', new URL('/v1', location.href).href);
const params = new URLSearchParams(location.search);
for (const name of ['event', 'sector', 'country']) {
  if (params.get(name)) {
    tracker.setAttribute(name, params.get(name));
    $('by').value = name;
    $('value').value = params.get(name);
  }
}
$('filter').addEventListener('submit', (event) => {
  event.preventDefault();
  for (const name of ['event', 'sector', 'country']) tracker.removeAttribute(name);
  const by = $('by').value;
  const value = $('value').value.trim();
  if (by && value) tracker.setAttribute(by, by === 'country' ? value.toUpperCase() : value);
  const url = new URL(location.href);
  for (const name of ['event', 'sector', 'country']) url.searchParams.delete(name);
  if (by && value) url.searchParams.set(by, value);
  history.replaceState(null, '', url);
});
