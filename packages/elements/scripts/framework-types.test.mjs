import { describe, expect, test } from 'vitest';
import { importedNames, reactTypes, taggedElements, vueTypes } from './framework-types.mjs';

// A manifest shaped like the analyzer's output for our elements, with the members the
// typings must leave out: read-only, static, private and untyped (phantom) fields.
const manifest = {
  modules: [
    {
      path: 'src/components/ngo-thing/ngo-thing.element.ts',
      declarations: [
        {
          kind: 'class',
          name: 'NgoThing',
          tagName: 'ngo-thing',
          customElement: true,
          summary: 'A thing.',
          attributes: [
            { name: 'api-base', fieldName: 'apiBase', type: { text: 'string | undefined' }, description: 'URL of the API.' },
            { name: 'page-size', fieldName: 'pageSize', type: { text: 'number' } },
          ],
          members: [
            { kind: 'field', name: 'apiBase', type: { text: 'string | undefined' } },
            { kind: 'field', name: 'pageSize', type: { text: 'number' } },
            { kind: 'field', name: 'items', type: { text: "readonly Organization[] | undefined" }, description: 'Things (property only).' },
            { kind: 'field', name: 'state', type: { text: "'idle' | 'ready'" }, readonly: true },
            { kind: 'field', name: 'version', type: { text: 'string' }, static: true },
            { kind: 'field', name: '_phase', type: { text: 'Phase' }, privacy: 'private' },
            { kind: 'field', name: 'onMore' },
            { kind: 'method', name: 'focus' },
          ],
          events: [{ name: 'ngo-thing-select', type: { text: 'NgoThingSelectEvent' }, description: 'Chosen.' }],
        },
        { kind: 'class', name: 'Helper' },
      ],
    },
  ],
};

describe('framework typings from the Custom Elements Manifest', () => {
  test('only tagged custom elements are typed', () => {
    expect(taggedElements(manifest).map((element) => element.tagName)).toEqual(['ngo-thing']);
  });

  test('React: attributes by attribute name, property-only fields, on<event> with the event class', () => {
    const out = reactTypes(manifest);
    expect(out).toContain('"api-base"?: string | undefined;');
    expect(out).toContain('"page-size"?: number;');
    expect(out).toContain('items?: readonly Organization[] | undefined;');
    expect(out).toContain('"onngo-thing-select"?: (event: NgoThingSelectEvent) => void;');
    expect(out).toContain("'ngo-thing': ReactElementProps<NgoThing, NgoThingReactProps>;");
    expect(out).toContain("declare module 'react'");
    for (const left of ['state?', 'version?', '_phase?', 'onMore?', 'apiBase?', 'focus']) expect(out).not.toContain(left);
  });

  test('Vue: props by field name, listeners as on<PascalName>, in GlobalComponents', () => {
    const out = vueTypes(manifest);
    expect(out).toContain('apiBase?: string | undefined;');
    expect(out).toContain('pageSize?: number;');
    expect(out).toContain('onNgoThingSelect?: (event: NgoThingSelectEvent) => void;');
    expect(out).toContain("'ngo-thing': DefineComponent<NgoThingVueProps>;");
    expect(out).toContain("declare module 'vue'");
    // A global JSX namespace would clash with React's in a project that has both.
    expect(out).not.toContain('namespace JSX');
    for (const left of ['state?', '"api-base"?', 'onMore?']) expect(out).not.toContain(left);
  });

  test('imports every type the props name, once, and no built-in or string literal', () => {
    expect(importedNames(taggedElements(manifest))).toEqual(['NgoThing', 'NgoThingSelectEvent', 'Organization']);
    expect(reactTypes(manifest).match(/^ {2}Organization,$/gm)).toHaveLength(1);
  });
});
