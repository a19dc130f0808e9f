// Its own module so that a client of one resource does not pull in the whole contract table.
/** Fills `{name}` placeholders, encoding each value. */
export function buildPath(template: string, params: Record<string, string> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing path parameter "${name}"`);
    return encodeURIComponent(value);
  });
}
