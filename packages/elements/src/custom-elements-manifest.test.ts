import { describe, expect, test } from 'vitest';

// The published Custom Elements Manifest against the published modules, loaded in the
// browser: everything it lists must exist at runtime (no phantom exports, members or
// tags). Paths, the tarball and internal members: scripts/check-manifest.mjs.
// Skipped before `npm run build` (the manifest and dist/ are build output).
interface Member {
  kind: 'field' | 'method';
  name: string;
  static?: boolean;
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  members?: Member[];
}
interface Manifest {
  modules: {
    path: string;
    declarations?: Declaration[];
    exports?: { kind: 'js' | 'custom-element-definition'; name: string; declaration: { name: string; module?: string } }[];
  }[];
}

const manifest: Manifest | undefined = await fetch('/custom-elements.json').then(
  (r) => (r.ok && r.headers.get('content-type')?.includes('json') ? r.json() : undefined),
  () => undefined,
);
const load = (path: string): Promise<Record<string, unknown>> => import(/* @vite-ignore */ `/${path}`);

describe.skipIf(!manifest)('custom-elements.json against dist/ (run `npm run build` first)', () => {
  const modules = manifest?.modules ?? [];

  test('every module it names is served from dist/ and exports what it lists', async () => {
    expect(modules.length).toBeGreaterThan(0);
    for (const mod of modules) {
      expect(mod.path, 'manifest paths point at dist/').toMatch(/^dist\/.+\.js$/);
      const loaded = await load(mod.path);
      for (const e of mod.exports?.filter((x) => x.kind === 'js') ?? []) {
        expect(loaded[e.name], `${mod.path} exports ${e.name}`).toBeDefined();
      }
    }
  });

  test('every tag it defines is registered by the module it names, with the declared class', async () => {
    const definitions = modules.flatMap((mod) => (mod.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => ({ mod, e })));
    expect(definitions.length).toBeGreaterThanOrEqual(10);
    for (const { mod, e } of definitions) {
      await load(mod.path);
      const declaring = await load(e.declaration.module!);
      expect(customElements.get(e.name), `<${e.name}> after importing ${mod.path}`).toBe(declaring[e.declaration.name]);
    }
  });

  test('every member it lists exists on the class or on an instance', async () => {
    let checked = 0;
    for (const mod of modules) {
      const loaded = await load(mod.path);
      for (const declaration of mod.declarations ?? []) {
        const Class = loaded[declaration.name] as (abstract new (...args: never[]) => object) & Record<string, unknown>;
        expect(typeof Class, `${mod.path} ${declaration.name}`).toBe('function');
        // Elements from the page's registry; events constructed without arguments (their
        // constructors only store them): instance fields exist only on instances.
        const instance: object = declaration.tagName
          ? document.createElement(declaration.tagName)
          : declaration.customElement
            ? Class.prototype
            : Reflect.construct(Class, []);
        for (const member of declaration.members ?? []) {
          const owner = member.static ? Class : instance;
          expect(member.name in owner, `${declaration.name}${member.static ? '.' : '#'}${member.name}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
