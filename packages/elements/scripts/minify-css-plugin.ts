/// <reference types="node" />
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';

/**
 * Minifies the CSS inside Lit `css` templates of `*.styles.ts` files for the CDN build.
 * esbuild minifies JavaScript but leaves template literals as written, so comments and
 * indentation would ship to every visitor. Only safe rewrites: comments dropped, runs of
 * white space collapsed, and spaces around `{`, `}`, `;` and `,` removed (never around
 * `:`, which separates a descendant selector from a pseudo-class). Templates with
 * `${…}` interpolations are left as they are.
 */
export function minifyLitCss(): Plugin {
  return {
    name: 'minify-lit-css',
    setup(build) {
      build.onLoad({ filter: /\.styles\.ts$/ }, async ({ path }) => {
        const source = await readFile(path, 'utf8');
        const contents = source.replace(/css`([^`]*)`/g, (whole, body: string) =>
          body.includes('${')
            ? whole
            : `css\`${body
                .replace(/\/\*[\s\S]*?\*\//g, '')
                .replace(/\s+/g, ' ')
                .replace(/\s*([{};,])\s*/g, '$1')
                .replace(/;}/g, '}')
                .trim()}\``,
        );
        return { contents, loader: 'ts' };
      });
    },
  };
}
