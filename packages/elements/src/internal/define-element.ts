// Replaced at build time (tsup, vitest); 'dev' when the source is used as is.
declare const __NGO_ELEMENTS_VERSION__: string | undefined;

/** Version of this copy of @ngo-liaison/elements. */
export const ELEMENTS_VERSION: string = typeof __NGO_ELEMENTS_VERSION__ === 'string' ? __NGO_ELEMENTS_VERSION__ : 'dev';

type VersionedConstructor = CustomElementConstructor & { version?: string };

/** Tags this copy has already warned about: a page hears about each clash once. */
const warned = new Set<string>();

/**
 * Registers `ctor` under `tag` unless the tag is taken. Loading the library twice (a CMS
 * plugin and a theme, say, or an npm build beside a CDN bundle) must not throw: the first
 * registration wins. When the registered class comes from a copy of another version, the
 * page may not behave as this copy's users expect, so it warns once per tag with both
 * versions. Copies of the same version behave alike and stay silent: each CDN bundle
 * carries the shared elements it renders (<ngo-card> is in both the directory and the
 * profile bundle), and a page using both is a supported set-up.
 */
export function defineElement(tag: string, ctor: VersionedConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as VersionedConstructor | undefined;
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing === ctor || warned.has(tag)) return;
  const registered = existing.version;
  const ours = ctor.version ?? ELEMENTS_VERSION;
  if (registered === ours) return;
  warned.add(tag);
  console.warn(
    `@ngo-liaison/elements: <${tag}> is already defined by another copy (version ${registered ?? 'unknown'}); ` +
      `this copy (version ${ours}) was not registered and the existing one is used. Load @ngo-liaison/elements once per page.`,
  );
}
