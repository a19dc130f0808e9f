/// <reference types="node" />
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'esbuild';

/*
 * CDN bundles only: resolve @ngo-liaison/core and @ngo-liaison/client to their TypeScript
 * sources, and import each name from the module that declares it rather than through the
 * packages' index barrels.
 *
 * Why: the packages' dist files are bundles, so a widget that imports one helper from core
 * gets every zod schema in the same file (schema constructions are calls, which no bundler
 * may drop). And with code splitting, esbuild assigns modules to chunks by reachability: a
 * module behind a barrel that the first chunk imports lands in a chunk the first chunk loads,
 * even when only a lazy chunk uses it. Importing from declaring modules keeps lazy code lazy.
 */

const PACKAGES: Record<string, string> = {
  '@ngo-liaison/core': '../core',
  '@ngo-liaison/client': '../client',
};

type ExportMap = Map<string, string>;

const EXPORT_DECLARATION = /^export\s+(?:declare\s+)?(?:async\s+)?(?:const|let|var|function\*?|class|abstract\s+class|enum)\s+([A-Za-z_$][\w$]*)/gm;
const EXPORT_STAR = /^export\s+\*\s+from\s+'([^']+)'/gm;
const EXPORT_LIST = /^export\s+(type\s+)?\{([^}]*)\}(?:\s+from\s+'([^']+)')?/gm;
const IMPORT_BINDING = /^import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'([^']+)'/gm;

function toSource(file: string, specifier: string): string {
  return resolve(dirname(file), specifier.replace(/\.js$/, '.ts'));
}

/** Every value a module exports, mapped to the file that declares it (following re-exports). */
function collectExports(file: string, cache: Map<string, ExportMap>): ExportMap {
  const cached = cache.get(file);
  if (cached) return cached;
  const map: ExportMap = new Map();
  cache.set(file, map);
  const text = readFileSync(file, 'utf8');
  const imported = new Map<string, { from: string; name: string }>();
  for (const [, names = '', from = ''] of text.matchAll(IMPORT_BINDING)) {
    for (const part of names.split(',')) {
      const [name, alias] = part.replace(/^\s*type\s+/, '').trim().split(/\s+as\s+/);
      if (name) imported.set(alias ?? name, { from, name });
    }
  }
  for (const [, name] of text.matchAll(EXPORT_DECLARATION)) if (name) map.set(name, file);
  for (const [, from] of text.matchAll(EXPORT_STAR)) {
    if (!from) continue;
    for (const [name, origin] of collectExports(toSource(file, from), cache)) if (!map.has(name)) map.set(name, origin);
  }
  for (const [, typeOnly, names = '', from] of text.matchAll(EXPORT_LIST)) {
    if (typeOnly) continue;
    for (const part of names.split(',')) {
      if (/^\s*type\s/.test(part)) continue;
      const [local, exported] = part.trim().split(/\s+as\s+/);
      if (!local) continue;
      const name = exported ?? local;
      if (from) {
        const origin = collectExports(toSource(file, from), cache).get(local);
        if (origin) map.set(name, origin);
      } else {
        const binding = imported.get(local);
        const origin = binding ? collectExports(toSource(file, binding.from), cache).get(binding.name) : file;
        if (origin) map.set(name, origin);
      }
    }
  }
  return map;
}

/** `"./dist/search/index.js"` → `src/search/index.ts`, when that source exists. */
function sourceOfSubpath(packageDir: string, subpath: string): string | undefined {
  const pkg = JSON.parse(readFileSync(resolve(packageDir, 'package.json'), 'utf8')) as { exports?: Record<string, unknown> };
  const target = pkg.exports?.[subpath === '' ? '.' : `./${subpath}`] as { default?: string } | string | undefined;
  const dist = typeof target === 'string' ? target : target?.default;
  if (!dist) return undefined;
  const source = resolve(packageDir, dist.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, '.ts'));
  return existsSync(source) ? source : undefined;
}

export function workspaceSources(root: string): Plugin {
  const cache = new Map<string, ExportMap>();
  const packageDir = (name: string) => resolve(root, PACKAGES[name]!);
  return {
    name: 'workspace-sources',
    setup(build) {
      build.onResolve({ filter: /^@ngo-liaison\/(core|client)(\/.*)?$/ }, (args) => {
        const [, pkg, sub = ''] = /^(@ngo-liaison\/(?:core|client))\/?(.*)$/.exec(args.path) ?? [];
        const source = pkg ? sourceOfSubpath(packageDir(pkg), sub) : undefined;
        return source ? { path: source } : undefined;
      });
      // Rewrite `import { a, b } from '@ngo-liaison/core'` into imports from the declaring modules.
      build.onLoad({ filter: /\/(elements|client|core)\/src\/.*\.ts$/ }, (args) => {
        const text = readFileSync(args.path, 'utf8');
        if (!text.includes("from '@ngo-liaison/")) return undefined;
        const contents = text.replace(
          /^import\s+(type\s+)?\{([^}]*)\}\s+from\s+'(@ngo-liaison\/(?:core|client)(?:\/[\w-]+)?)';/gm,
          (statement, typeOnly: string | undefined, names: string, specifier: string) => {
            if (typeOnly) return '';
            const [, pkg = '', sub = ''] = /^(@ngo-liaison\/(?:core|client))\/?(.*)$/.exec(specifier) ?? [];
            const barrel = sourceOfSubpath(packageDir(pkg), sub);
            if (!barrel) return statement;
            const exports = collectExports(barrel, cache);
            const byFile = new Map<string, string[]>();
            for (const part of names.split(',')) {
              const trimmed = part.trim();
              if (!trimmed || trimmed.startsWith('type ')) continue;
              const [name] = trimmed.split(/\s+as\s+/);
              const origin = exports.get(name!);
              if (!origin) return statement;
              byFile.set(origin, [...(byFile.get(origin) ?? []), trimmed]);
            }
            return [...byFile].map(([file, list]) => `import { ${list.join(', ')} } from ${JSON.stringify(file)};`).join('\n');
          },
        );
        return { contents, loader: 'ts' };
      });
    },
  };
}
