// `npm run check:package`: the Custom Elements Manifest describes the package as published.
// Reads custom-elements.json (or the file given) and the file list of `npm pack`, and fails
// on a path or module the tarball does not contain, a reference to a declaration that does
// not exist, a declaration its module does not export, or an internal member (private,
// protected, `_x`, `#x`). What exists at runtime is checked in the browser by
// src/custom-elements-manifest.test.ts.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isInternalMember } from './cem-public-api.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const manifestFile = process.argv[2] ?? join(root, pkg.customElements);
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));

// The scripts already ran (check:package depends on build); --ignore-scripts skips prepack's rebuild.
const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }));
const shipped = new Set(packed.files.map((file) => file.path));

const problems = [];
if (!shipped.has(pkg.customElements)) problems.push(`package.json "customElements" names ${pkg.customElements}, which is not in the tarball`);

const modules = new Map(manifest.modules.map((mod) => [mod.path, mod]));
const declared = (reference) => modules.get(reference.module)?.declarations?.some((d) => d.name === reference.name);
const checkReference = (where, reference) => {
  if (!reference?.module) return; // a package or a global (`package: "global:"`)
  if (!shipped.has(reference.module)) problems.push(`${where}: module ${reference.module} is not in the tarball`);
  else if (!declared(reference)) problems.push(`${where}: ${reference.module} declares no ${reference.name}`);
};

for (const mod of manifest.modules) {
  if (!shipped.has(mod.path)) problems.push(`module ${mod.path} is not in the tarball`);
  const exported = new Set((mod.exports ?? []).filter((e) => e.kind === 'js').map((e) => e.declaration.name));
  for (const e of mod.exports ?? []) checkReference(`${mod.path} export ${e.name}`, e.declaration);
  for (const declaration of mod.declarations ?? []) {
    const where = `${mod.path} ${declaration.name}`;
    if (!exported.has(declaration.name)) problems.push(`${where}: declared but not exported (nothing a user can import)`);
    checkReference(`${where} superclass`, declaration.superclass);
    for (const member of declaration.members ?? []) {
      if (isInternalMember(member)) problems.push(`${where}.${member.name}: internal member (${member.privacy ?? 'name'})`);
      if (member.inheritedFrom) checkReference(`${where}.${member.name} inheritedFrom`, member.inheritedFrom);
    }
    for (const attribute of declaration.attributes ?? []) {
      if (attribute.fieldName && !declaration.members?.some((m) => m.name === attribute.fieldName)) {
        problems.push(`${where} attribute ${attribute.name}: its field ${attribute.fieldName} is not a public member`);
      }
    }
  }
}

const tags = manifest.modules.flatMap((mod) => (mod.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName));
const definitions = new Set(manifest.modules.flatMap((mod) => (mod.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => e.name)));
for (const tag of tags) if (!definitions.has(tag)) problems.push(`<${tag}>: no module registers it (custom-element-definition)`);
if (tags.length === 0) problems.push('the manifest declares no custom element');

if (problems.length > 0) {
  console.error(`${manifestFile}: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`custom-elements.json: ${manifest.modules.length} modules, ${tags.length} elements, every path in the tarball, public members only`);
