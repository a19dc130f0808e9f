// A `cem analyze` plugin that makes the Custom Elements Manifest describe the package as it
// is published: modules under the `dist/…js` paths that ship (not the `src/…ts` they are
// built from), only what exists at runtime, and only the public API. The analyzer alone
// keeps method locals named in a field's initialiser (`{ key, links }`), type-only exports
// and assignments to another object (`this.#results.onMore = …` becomes a field `onMore`),
// and it lists private, protected and `_`/`#` members, which tools would offer to users.
// scripts/check-manifest.mjs and src/custom-elements-manifest.test.ts hold these rules.

/** `src/x/y.ts` → `dist/x/y.js`: the built file `tsup` writes for each source file. */
export const distPath = (path) => path.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/$1.js');

/** True for a member users must not rely on. */
export function isInternalMember(member) {
  return member.privacy === 'private' || member.privacy === 'protected' || /^[#_]/.test(member.name);
}

export function publicApiPlugin() {
  /** Per module path and class name: the names the class really declares, and those marked @internal. */
  const classes = new Map();
  /** Per module path: names exported only as types (`export type { … }`), which the analyzer lists as values. */
  const typeOnlyExports = new Map();
  /** Tags registered by `<Class>.define('tag')` per module: the analyzer only knows `customElements.define`. */
  const definitions = new Map();
  const key = (path, name) => `${path}#${name}`;

  return {
    name: 'liaison-public-api',

    analyzePhase({ ts, node, moduleDoc }) {
      if (ts.isClassDeclaration(node) && node.name) {
        classes.set(key(moduleDoc.path, node.name.text), declaredMembers(ts, node));
      }
      if (ts.isExportDeclaration(node) && node.exportClause && ts.isNamedExports(node.exportClause)) {
        const names = typeOnlyExports.get(moduleDoc.path) ?? new Set();
        for (const specifier of node.exportClause.elements) {
          if (node.isTypeOnly || specifier.isTypeOnly) names.add(specifier.name.text);
        }
        typeOnlyExports.set(moduleDoc.path, names);
      }
      // NgoDirectory.define('ngo-directory') in src/components/<name>/<name>.ts
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        node.expression.name.text === 'define' &&
        ts.isIdentifier(node.expression.expression) &&
        node.arguments.length === 1 &&
        ts.isStringLiteral(node.arguments[0])
      ) {
        const list = definitions.get(moduleDoc.path) ?? [];
        list.push({ tag: node.arguments[0].text, className: node.expression.expression.text });
        definitions.set(moduleDoc.path, list);
      }
    },

    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      const declarationModule = new Map();
      for (const mod of modules) {
        for (const declaration of mod.declarations ?? []) declarationModule.set(declaration.name, mod.path);
      }

      for (const mod of modules) {
        // A tag's registration, for tools that map tags to the module to import.
        for (const { tag, className } of definitions.get(mod.path) ?? []) {
          const module = declarationModule.get(className);
          if (!module) throw new Error(`${mod.path}: ${className}.define('${tag}') but ${className} is not in the manifest`);
          mod.exports ??= [];
          mod.exports.push({ kind: 'custom-element-definition', name: tag, declaration: { name: className, module } });
        }

        // Only what the module exports exists for a user (drops method locals).
        const exported = new Set((mod.exports ?? []).filter((e) => e.kind === 'js').map((e) => e.declaration?.name ?? e.name));
        mod.declarations = (mod.declarations ?? []).filter((declaration) => exported.has(declaration.name));

        for (const declaration of mod.declarations) {
          if (declaration.kind !== 'class') continue;
          declaration.members = (declaration.members ?? []).filter((member) => {
            if (isInternalMember(member)) return false;
            const owner = member.inheritedFrom ? key(member.inheritedFrom.module, member.inheritedFrom.name) : key(mod.path, declaration.name);
            const names = classes.get(owner);
            // Declared by the class (not an assignment to another object) and not @internal
            // in any class it inherits from (an override of an internal member is internal).
            return (!names || names.declared.has(member.name)) && !isInternalInChain(declaration, member.name);
          });
        }
      }

      // Type-only exports have nothing to import at runtime.
      for (const mod of modules) {
        const typeOnly = typeOnlyExports.get(mod.path) ?? new Set();
        mod.exports = (mod.exports ?? []).filter((e) => e.kind !== 'js' || !typeOnly.has(e.name));
      }

      // References the analyzer points at the wrong module: a re-export (`export { NgoCard }` in
      // ngo-card.ts) at the re-exporting module, a global superclass (`extends Event`) at the
      // subclass's own module. Point each at the module that declares it, or at the global.
      const declares = (path, name) => modules.some((m) => m.path === path && m.declarations.some((d) => d.name === name));
      for (const mod of modules) {
        mod.exports = mod.exports.filter((e) => {
          if (!e.declaration?.module || declares(e.declaration.module, e.declaration.name)) return true;
          e.declaration.module = declarationModule.get(e.declaration.name);
          return e.declaration.module !== undefined;
        });
        for (const declaration of mod.declarations) {
          const superclass = declaration.superclass;
          if (!superclass?.module || declares(superclass.module, superclass.name)) continue;
          const module = declarationModule.get(superclass.name);
          declaration.superclass = module ? { name: superclass.name, module } : { name: superclass.name, package: 'global:' };
        }
      }

      // The manifest ships with dist/ and not with src/: point every reference at the built files.
      rewriteModulePaths(customElementsManifest);

      function isInternalInChain(declaration, memberName) {
        for (let current = declaration; current; ) {
          const path = declarationModule.get(current.name);
          if (classes.get(key(path, current.name))?.internal.has(memberName)) return true;
          const superclass = current.superclass;
          const superModule = superclass?.module && modules.find((m) => distPath(m.path) === distPath(superclass.module));
          current = superModule?.declarations?.find((d) => d.name === superclass.name);
        }
        return false;
      }
    },
  };
}

/** Names a class declares itself, and those of them marked `@internal` or `@ignore`. */
function declaredMembers(ts, node) {
  const declared = new Set();
  const internal = new Set();
  const isInternal = (member) => ts.getJSDocTags(member).some((tag) => ['internal', 'ignore'].includes(tag.tagName.text));
  const visitBody = (child) => {
    // this.name = … (not this.#x.name = …)
    if (
      ts.isBinaryExpression(child) &&
      child.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(child.left) &&
      child.left.expression.kind === ts.SyntaxKind.ThisKeyword
    ) {
      declared.add(child.left.name.getText());
    }
    ts.forEachChild(child, visitBody);
  };
  for (const member of node.members) {
    if (ts.isConstructorDeclaration(member)) {
      for (const parameter of member.parameters) {
        if (ts.getModifiers(parameter)?.length) declared.add(parameter.name.getText());
      }
      if (member.body) ts.forEachChild(member.body, visitBody);
      continue;
    }
    if (!member.name) continue;
    const name = member.name.getText();
    declared.add(name);
    if (isInternal(member)) internal.add(name);
  }
  return { declared, internal };
}

function rewriteModulePaths(value) {
  if (Array.isArray(value)) return value.forEach(rewriteModulePaths);
  if (!value || typeof value !== 'object') return;
  for (const [name, child] of Object.entries(value)) {
    if ((name === 'path' || name === 'module') && typeof child === 'string') value[name] = distPath(child);
    else rewriteModulePaths(child);
  }
}
