// What the write path's demo pages share: the client on the cookie session (the sign-in page at
// /sign-in opens it), the language switch, and the words for roles. No token is ever in the page.
import { createClient } from '/widgets/ngo-organization-editor.js';

/** The client of this page: the session cookie goes with every request; the CSRF token stays in memory. */
export const client = createClient({ baseUrl: new URL('/v1', location.href).href, credentials: 'include' });

/**
 * A hint (never trusted) that this browser signed in, the one /sign-in keeps: without it the page
 * does not ask the server, so a first visit does not log a 401.
 */
export const SIGNED_IN_HINT = 'liaison-signed-in';

/** Who is signed in, or null (no session, or it ended). */
export async function currentSession() {
  if (!localStorage.getItem(SIGNED_IN_HINT)) return null;
  const session = await client.session.get().catch(() => null);
  if (!session) localStorage.removeItem(SIGNED_IN_HINT);
  return session;
}

export const ROLE_TEXT = {
  secretariat: () => 'Secretariat',
  'liaison-committee': () => 'Liaison Committee member',
  sector: (g) => `Sector (${g.sector})`,
  'field-office': (g) => `Field office (${g.fieldOffice})`,
  'ngo-editor': (g) => `NGO editor (${g.organization})`,
  'member-state': (g) => `Member State (${g.country}, ${g.via === 'national-commission' ? 'National Commission' : 'permanent delegation'})`,
};

/** The page's language switch: <html lang/dir>, which the widgets follow, and ?lang= in the address. */
export function languageSwitch() {
  const select = document.getElementById('language');
  const apply = (lang) => {
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
    select.value = lang;
  };
  const params = new URLSearchParams(location.search);
  if (params.get('lang')) apply(params.get('lang'));
  select.addEventListener('change', () => {
    apply(select.value);
    const url = new URL(location.href);
    url.searchParams.set('lang', select.value);
    history.replaceState(null, '', url);
  });
}
