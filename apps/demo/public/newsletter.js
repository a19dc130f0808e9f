// The public newsletter page: no sign-in. Both widgets talk to this server's API.
import { $ } from '/demo/role-page.js';
import { languageSwitch } from '/demo/write-path.js';

languageSwitch();
const api = new URL('/v1', location.href).href;
$('archive').setAttribute('api-base', api);
$('signup').setAttribute('api-base', api);
