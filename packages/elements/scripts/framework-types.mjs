/*
 * Framework typings generated from the Custom Elements Manifest: JSX `IntrinsicElements` for
 * React 19 and `GlobalComponents` for Vue 3, so `<ngo-directory api-base=… onngo-organization-select={…}>`
 * type-checks with nothing declared by the user.
 *
 * Ours rather than break-stuff's custom-element-jsx-integration 1.6 / -vuejs-integration 1.4,
 * which on this manifest (tried 2026-11) emit duplicate import specifiers (TS2300 without
 * skipLibCheck), type our events as `CustomEvent<NgoOrganizationSelectEvent>` (ours are Event
 * subclasses: `e.detail` would compile and be undefined), offer read-only fields such as
 * `state` as settable props, name Vue listeners `onngo-…` (vue-tsc matches `@ngo-…` to
 * `onNgo…`), and declare a global `JSX.IntrinsicElements` from the Vue file, which clashes
 * with React's in a project that has both.
 *
 * The rules: attributes by their attribute name (React sets a property when the element has
 * one, else the attribute), property-only fields by their property name, events as
 * `on<event-name>` for React 19 and `on<PascalName>` for Vue; read-only, static, private and
 * protected members are left out, and so are fields the analyzer gives no type (it lists
 * assignments such as `this.#results.onMore = …` as fields of the element).
 */

/** A manifest's custom elements with a tag, in tag order. */
export function taggedElements(manifest) {
  const elements = [];
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement && declaration.tagName) elements.push(declaration);
    }
  }
  return elements.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/**
 * What a framework can set and listen to on one element: `attributes` (name, field, type),
 * `properties` (property-only fields) and `events` (name, class), each with its description.
 */
export function publicSurface(element) {
  const attributes = (element.attributes ?? [])
    .filter((attribute) => attribute.type?.text)
    .map((attribute) => ({ name: attribute.name, field: attribute.fieldName, type: attribute.type.text, description: attribute.description }));
  const backed = new Set(attributes.map((attribute) => attribute.field).filter(Boolean));
  const properties = (element.members ?? [])
    .filter((member) => member.kind === 'field' && !member.static && !member.readonly && !member.privacy && member.type?.text)
    .filter((member) => !member.name.startsWith('#') && !backed.has(member.name))
    .map((member) => ({ name: member.name, type: member.type.text, description: member.description }));
  const events = (element.events ?? [])
    .filter((event) => event.name)
    .map((event) => ({ name: event.name, type: event.type?.text ?? 'Event', description: event.description }));
  return { attributes, properties, events };
}

/** Names a type text refers to (`readonly Organization[] | undefined` → Organization). */
export function typeNames(text) {
  const withoutStrings = text.replace(/'[^']*'|"[^"]*"|`[^`]*`/g, '');
  const names = withoutStrings.match(/\b[A-Za-z_$][\w$]*\b/g) ?? [];
  return names.filter((name) => !BUILT_IN.has(name));
}

const BUILT_IN = new Set([
  'string', 'number', 'boolean', 'bigint', 'symbol', 'object', 'undefined', 'null', 'unknown', 'any', 'never', 'void',
  'readonly', 'typeof', 'keyof', 'true', 'false', 'Date', 'Event', 'Array', 'ReadonlyArray', 'Record', 'Partial',
  'Readonly', 'Promise', 'PromiseLike', 'AbortSignal', 'HTMLElement', 'URL',
]);

/** Every type name the generated props need from the package's index. */
export function importedNames(elements) {
  const names = new Set();
  for (const element of elements) {
    names.add(element.name);
    const { attributes, properties, events } = publicSurface(element);
    for (const { type } of [...attributes, ...properties, ...events]) for (const name of typeNames(type)) names.add(name);
  }
  return [...names].sort();
}

/** `ngo-organization-select` → `NgoOrganizationSelect` (Vue's camelised `on…` listener prop). */
export function pascal(kebab) {
  return kebab.replace(/(^|-)([a-z0-9])/g, (_, _dash, letter) => letter.toUpperCase());
}

function doc(text, indent = '  ') {
  if (!text) return '';
  const lines = text.replaceAll('*/', '*\u200b/').split('\n');
  return `${indent}/** ${lines.join(`\n${indent} * `)} */\n`;
}

function key(name) {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
}

function propsBlock(entries) {
  return entries.map(({ description, name, type }) => `${doc(description)}  ${key(name)}?: ${type};\n`).join('');
}

function header(elements, from) {
  const tags = elements.map((element) => `<${element.tagName}>`).join(', ');
  return (
    `// Generated from custom-elements.json by scripts/generate-framework-types.mjs: do not edit.\n` +
    `// Typings for ${tags}.\n` +
    `import type {\n${importedNames(elements).map((name) => `  ${name},\n`).join('')}} from '${from}';\n`
  );
}

/** React 19: `import type {} from '@ngo-liaison/elements/react'` augments React's JSX namespace. */
export function reactTypes(manifest, from = './index.js') {
  const elements = taggedElements(manifest);
  let out = header(elements, from);
  out += `import type { DetailedHTMLProps, HTMLAttributes } from 'react';\n\n`;
  out += `/** React's props for an element of class E (ref, key, className, style, children…), with ours in place of theirs. */\n`;
  out += `export type ReactElementProps<E extends HTMLElement, Own> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof Own> & Own;\n`;
  for (const element of elements) {
    const { attributes, properties, events } = publicSurface(element);
    out += `\n/** Props of \`<${element.tagName}>\` in React 19: attributes, properties and \`on<event>\` listeners. */\n`;
    out += `export interface ${element.name}ReactProps {\n`;
    out += propsBlock(attributes);
    out += propsBlock(properties);
    out += propsBlock(events.map((event) => ({ ...event, name: `on${event.name}`, type: `(event: ${event.type}) => void` })));
    out += `}\n`;
  }
  out += `\ndeclare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {\n`;
  for (const element of elements) {
    out += doc(element.summary ?? element.description, '      ');
    out += `      '${element.tagName}': ReactElementProps<${element.name}, ${element.name}ReactProps>;\n`;
  }
  out += `    }\n  }\n}\n`;
  return out;
}

/** Vue 3: `import type {} from '@ngo-liaison/elements/vue'` adds every tag to `GlobalComponents`. */
export function vueTypes(manifest, from = './index.js') {
  const elements = taggedElements(manifest);
  let out = header(elements, from);
  out += `import type { DefineComponent } from 'vue';\n`;
  for (const element of elements) {
    const { attributes, properties, events } = publicSurface(element);
    out += `\n/** Props of \`<${element.tagName}>\` in Vue templates (\`api-base\` or \`apiBase\`, \`:items\`, \`@ngo-…\`). */\n`;
    out += `export interface ${element.name}VueProps {\n`;
    out += propsBlock(attributes.map((attribute) => ({ ...attribute, name: attribute.field ?? attribute.name })));
    out += propsBlock(properties);
    out += propsBlock(events.map((event) => ({ ...event, name: `on${pascal(event.name)}`, type: `(event: ${event.type}) => void` })));
    out += `}\n`;
  }
  out += `\ndeclare module 'vue' {\n  interface GlobalComponents {\n`;
  for (const element of elements) {
    out += doc(element.summary ?? element.description, '    ');
    out += `    '${element.tagName}': DefineComponent<${element.name}VueProps>;\n`;
  }
  out += `  }\n}\n`;
  return out;
}
