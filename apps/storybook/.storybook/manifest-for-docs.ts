/*
 * The Custom Elements Manifest as the docs pages should read it. Storybook's web-components
 * renderer lists every member it finds and takes the page's description from `description`,
 * while our elements document themselves with `@summary` and keep private, protected and
 * static members (Lit internals, `#private` fields) in the manifest. Without this the tables
 * would list `_phase`, `#request` and `localize` as properties and the pages would have no text.
 */

interface Member {
  kind?: string;
  name: string;
  privacy?: string;
  static?: boolean;
}
interface Declaration {
  tagName?: string;
  summary?: string;
  description?: string;
  members?: Member[];
}
interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

const isPublicApi = (member: Member): boolean =>
  member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public' && !/^[#_]/.test(member.name);

export function manifestForDocs<T extends Manifest>(manifest: T): T {
  return {
    ...manifest,
    modules: manifest.modules?.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) =>
        declaration.tagName
          ? {
              ...declaration,
              description: [declaration.summary, declaration.description].filter(Boolean).join('\n\n'),
              members: declaration.members?.filter(isPublicApi),
            }
          : declaration,
      ),
    })),
  };
}
