import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { importedNames, reactTypes, taggedElements, vueTypes } from './framework-types.mjs';

/*
 * Build step after `cem analyze`: writes dist/react.d.ts and dist/vue.d.ts (the package's
 * `./react` and `./vue` entries) from custom-elements.json, plus an empty module beside each
 * so a plain `import '@ngo-liaison/elements/react'` resolves in a bundler too.
 *
 * Fails when a type the props name is not exported from the package's index: a user must be
 * able to name every type the elements take (`OrganizationSource`, `Organization`, …).
 */

const root = fileURLToPath(new URL('../', import.meta.url));
const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));

function exportedNames(declarationFile) {
  const program = ts.createProgram([declarationFile], { noEmit: true, skipLibCheck: true, types: [] });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(declarationFile);
  const symbol = source && checker.getSymbolAtLocation(source);
  if (!symbol) throw new Error(`${declarationFile} is not a module`);
  return new Set(checker.getExportsOfModule(symbol).map((exported) => exported.name));
}

const exported = exportedNames(`${root}dist/index.d.ts`);
const missing = importedNames(taggedElements(manifest)).filter((name) => !exported.has(name));
if (missing.length) {
  throw new Error(`types used by the elements' attributes, properties or events but not exported from src/index.ts: ${missing.join(', ')}`);
}

const empty = '// Type-only entry (see the .d.ts beside this file); importing it does nothing.\nexport {};\n';
writeFileSync(`${root}dist/react.d.ts`, reactTypes(manifest));
writeFileSync(`${root}dist/react.js`, empty);
writeFileSync(`${root}dist/vue.d.ts`, vueTypes(manifest));
writeFileSync(`${root}dist/vue.js`, empty);
console.log(`framework types: dist/react.d.ts and dist/vue.d.ts for ${taggedElements(manifest).length} elements`);
