import { LitElement, isServer, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { directionOf, toLanguage, type Language } from '@ngo-liaison/core';
import { ELEMENTS_VERSION, defineElement } from './define-element.js';

export type Direction = 'ltr' | 'rtl';

/**
 * The nearest `lang` or `dir` on the element or its ancestors, crossing shadow roots (an
 * element rendered inside another widget inherits that widget's language). Returns the
 * value and how many steps up it was found, so `lang` and `dir` can be compared.
 */
function closestAttribute(start: Element, name: 'lang' | 'dir'): { value: string; depth: number } | undefined {
  let node: Node | null = start;
  for (let depth = 0; node; depth++) {
    if (node instanceof Element) {
      const value = node.getAttribute(name)?.trim();
      // lang="" means "unknown" and dir="auto" means "from the text": neither decides for us.
      if (value && !(name === 'dir' && value === 'auto')) return { value, depth };
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return undefined;
}

/**
 * One MutationObserver for every connected element: `lang`/`dir` changes anywhere in the
 * document (usually on <html> when a site switches language) are rare, so re-resolving all
 * elements then is cheaper than one observer each.
 */
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

function watchLanguage(listener: () => void): void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((fn) => fn()));
    observer.observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ['lang', 'dir'] });
  }
}

function unwatchLanguage(listener: () => void): void {
  listeners.delete(listener);
  if (listeners.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

/**
 * Base class of every Liaison element (never extend LitElement directly): typed events,
 * a duplicate-tolerant `define`, language and direction resolved from the element or the
 * page (for its `LocalizeController`), and an `updateComplete` that also waits for lazily
 * loaded modules (locale strings, reference data).
 *
 * Each element creates its own `localize = new LocalizeController(this, [enCommon, …], loadOtherAreas)`
 * naming the English areas it shows: the base class holds no strings, so a widget's bundle
 * carries only its own English.
 */
export class LiaisonElement extends LitElement {
  /** Package version, shown when two copies of the library meet on one page. */
  static readonly version: string = ELEMENTS_VERSION;

  /**
   * Elements this one renders; `define` registers them first, under these tags.
   * @internal
   */
  static dependencies: Record<string, typeof LiaisonElement> = {};

  /**
   * Registers the element under `tag`, after the elements it renders. Another copy of the
   * library already on the page wins, with one warning per tag (see `defineElement`).
   */
  static define(tag: string, ctor: CustomElementConstructor = this): void {
    if (isServer) return;
    for (const [dependencyTag, dependency] of Object.entries(this.dependencies)) dependency.define(dependencyTag);
    defineElement(tag, ctor);
  }

  /** Language of the element's content (BCP 47). Falls back to the nearest ancestor's, then the page's. */
  @property({ reflect: true }) override lang!: string;

  /** Text direction (`ltr` or `rtl`). Falls back to the language's direction, then the page's. */
  @property({ reflect: true }) override dir!: string;

  /** The UN language the element renders in (`en` when the page's language is not one of the six). */
  protected language: Language = 'en';

  /** The direction the element renders in. */
  protected direction: Direction = 'ltr';

  readonly #pending = new Set<Promise<unknown>>();
  readonly #onLanguageChange = () => this.#resolveLanguage();
  #internals: ElementInternals | undefined;

  /** The resolved UI language, for controllers. */
  get resolvedLanguage(): Language {
    return this.language;
  }

  /** The resolved direction, for controllers. */
  get resolvedDirection(): Direction {
    return this.direction;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resolveLanguage();
    watchLanguage(this.#onLanguageChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLanguage(this.#onLanguageChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The element's own lang/dir are reflected only after this update, so read the properties.
    if (changed.has('lang') || changed.has('dir')) this.#resolveLanguage();
  }

  #resolveLanguage(): void {
    const ownLang = this.lang?.trim();
    const ownDir = this.dir === 'ltr' || this.dir === 'rtl' ? this.dir : undefined;
    const inheritedLang = ownLang ? undefined : closestAttribute(this, 'lang');
    const language = toLanguage(ownLang || inheritedLang?.value) ?? 'en';

    let direction: Direction = ownDir ?? directionOf(language);
    if (!ownDir && !ownLang) {
      // An explicit dir wins only when it is at least as close as the lang we inherited:
      // <div lang="ar"> inside <html dir="ltr"> should still render right to left.
      const inheritedDir = closestAttribute(this, 'dir');
      const dirValue = inheritedDir?.value;
      if (
        (dirValue === 'ltr' || dirValue === 'rtl') &&
        (!inheritedLang || inheritedDir!.depth <= inheritedLang.depth)
      ) {
        direction = dirValue;
      }
    }

    if (language !== this.language || direction !== this.direction) {
      this.language = language;
      this.direction = direction;
      this.requestUpdate();
    }
  }

  /** Dispatches a typed event (see `src/events/`) and returns it, so callers can read `defaultPrevented`. */
  protected emit<E extends Event>(event: E): E {
    this.dispatchEvent(event);
    return event;
  }

  /**
   * Sets a custom state for `:state(name)` selectors. Browsers without CustomStateSet
   * simply lose the selector; the `state`-like attributes of each element remain.
   */
  protected toggleState(name: string, on: boolean): void {
    try {
      this.#internals ??= this.attachInternals();
      if (on) this.#internals.states.add(name);
      else this.#internals.states.delete(name);
    } catch {
      // No ElementInternals or CustomStateSet (old browsers, jsdom): nothing to do.
    }
  }

  /**
   * Registers lazy work (a locale module, reference data) that `updateComplete` waits for.
   * @internal
   */
  trackPending(work: Promise<unknown>): void {
    this.#pending.add(work);
    const done = () => this.#pending.delete(work);
    work.then(done, done);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.#pending.size > 0) {
      await Promise.allSettled([...this.#pending]);
      result = await super.getUpdateComplete();
    }
    return result;
  }
}
