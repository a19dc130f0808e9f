// The programme picker is the host page's own control: it fills itself from the API and sets
// the widget's `programme` attribute. The widgets follow <html lang/dir>, as on the home page.
const language = document.getElementById('language');
const picker = document.getElementById('programme');
const list = document.querySelector('ngo-match-list');
const params = new URLSearchParams(location.search);

function applyLanguage(lang) {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  language.value = lang;
}
if (params.get('lang')) applyLanguage(params.get('lang'));
language.addEventListener('change', () => {
  applyLanguage(language.value);
  const url = new URL(location.href);
  url.searchParams.set('lang', language.value);
  history.replaceState(null, '', url);
});

const response = await fetch('/v1/programmes?limit=100');
if (response.ok) {
  const { items } = await response.json();
  picker.replaceChildren(...items.map((p) => new Option(p.title.en, p.id)));
}
// The page's default programme stays selected unless the address names another.
picker.value = params.get('programme') ?? list.getAttribute('programme');
if (!picker.value) picker.selectedIndex = 0;
list.setAttribute('programme', picker.value);
picker.addEventListener('change', () => {
  list.setAttribute('programme', picker.value);
  const url = new URL(location.href);
  url.searchParams.set('programme', picker.value);
  history.replaceState(null, '', url);
});
