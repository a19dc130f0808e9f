// The classic-script loader, a template: scripts/cdn-assets.mjs fills in __NGO_ENTRY__ and
// __NGO_INTEGRITY__ for each widget and writes dist/cdn/<widget>.classic.js.
//
// For sites that can only write `<script src>` (CMS fields that drop type="module"): it adds
// the widget's module script from the folder this file was loaded from, so a versioned URL
// loads the same version's module and its chunks. When the embedder pinned this file with
// `integrity`, the module is pinned too (its hash is part of this file); without it, it is not,
// so an unversioned loader still cached from before an upgrade never blocks the new module.
(function () {
  var loader = document.currentScript;
  if (!loader || !loader.src) {
    console.error('__NGO_ENTRY__: load the .classic.js file with <script src="…">, not as a module or inline');
    return;
  }
  var module = document.createElement('script');
  module.type = 'module';
  module.src = new URL('__NGO_ENTRY__', loader.src).href;
  if (loader.integrity) module.integrity = '__NGO_INTEGRITY__';
  document.head.appendChild(module);
})();
