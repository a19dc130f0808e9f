import { afterEach, beforeEach, describe, expect, test, vi, type MockInstance } from 'vitest';
import { defineElement } from './define-element.js';
import { LiaisonElement } from './liaison-element.js';

// Each test uses its own tags: a tag, once defined, stays defined for the page.
let next = 0;
const uniqueTag = (name: string) => `test-define-${name}-${++next}`;

/** A class as another copy of the library would define it, with that copy's version. */
function copyOf(version: string | undefined): CustomElementConstructor & { version?: string } {
  return class extends HTMLElement {
    static version = version;
  };
}

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());

describe('defineElement: two copies of the library on one page', () => {
  test('registers a free tag without a word', () => {
    const tag = uniqueTag('free');
    const Element = copyOf('1.0.0');
    defineElement(tag, Element);
    expect(customElements.get(tag)).toBe(Element);
    expect(warn).not.toHaveBeenCalled();
  });

  test('a copy of another version does not throw, keeps the first registration and warns once per tag with both versions', () => {
    const tag = uniqueTag('clash');
    const First = copyOf('1.0.0');
    defineElement(tag, First);
    const Second = copyOf('2.0.0');
    for (let i = 0; i < 3; i++) expect(() => defineElement(tag, Second)).not.toThrow();
    expect(customElements.get(tag)).toBe(First);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toContain(`<${tag}>`);
    expect(warn.mock.calls[0]![0]).toContain('version 1.0.0');
    expect(warn.mock.calls[0]![0]).toContain('version 2.0.0');
  });

  test('each clashing tag gets its own warning', () => {
    const tags = [uniqueTag('a'), uniqueTag('b')];
    for (const tag of tags) defineElement(tag, copyOf('1.0.0'));
    for (const tag of tags) defineElement(tag, copyOf('2.0.0'));
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn.mock.calls.map(([message]) => String(message).match(/<([\w-]+)>/)?.[1])).toEqual(tags);
  });

  test('a copy of the same version stays silent (two CDN bundles sharing <ngo-card>)', () => {
    const tag = uniqueTag('same');
    defineElement(tag, copyOf('1.0.0'));
    defineElement(tag, copyOf('1.0.0'));
    expect(warn).not.toHaveBeenCalled();
  });

  test('a tag taken by something that is not Liaison says its version is unknown', () => {
    const tag = uniqueTag('foreign');
    customElements.define(tag, class extends HTMLElement {});
    defineElement(tag, copyOf('2.0.0'));
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toContain('version unknown');
  });

  test('LiaisonElement.define warns once for a dependency registered both directly and through its parent', () => {
    const childTag = uniqueTag('child');
    const parentTag = uniqueTag('parent');
    defineElement(childTag, copyOf('0.0.1'));
    class Child extends LiaisonElement {}
    class Parent extends LiaisonElement {
      static override dependencies = { [childTag]: Child };
    }
    Child.define(childTag);
    Parent.define(parentTag);
    expect(customElements.get(parentTag)).toBe(Parent);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toContain(`<${childTag}>`);
    expect(warn.mock.calls[0]![0]).toContain(`version ${LiaisonElement.version}`);
  });
});
