// The host page switches its own language; the widget follows <html lang/dir>.
const select = document.getElementById('language');
const params = new URLSearchParams(location.search);
function apply(lang) {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  select.value = lang;
}
if (params.get('lang')) apply(params.get('lang'));
select.addEventListener('change', () => {
  apply(select.value);
  const url = new URL(location.href);
  url.searchParams.set('lang', select.value);
  history.replaceState(null, '', url);
});
