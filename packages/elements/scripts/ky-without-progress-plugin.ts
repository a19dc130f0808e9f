import type { Plugin } from 'esbuild';

/*
 * CDN bundles only: ky's upload/download progress helpers (ky/distribution/utils/body.js,
 * ~0.5 kB min+gzip of stream wrapping) are replaced by stubs that throw. ky calls them only
 * when a request passes `onUploadProgress` or `onDownloadProgress`, which our client never
 * does (packages/client/src/transport.ts); the directory's 42 kB budget with ky needs the
 * bytes. npm builds keep ky whole. If the client ever passes a progress callback, the CDN
 * bundle fails loudly here instead of silently ignoring it.
 */
const STUB = `
const unavailable = () => { throw new Error('ky progress callbacks are not in the Liaison CDN bundle'); };
export const getBodySize = unavailable;
export const streamRequest = unavailable;
export const streamResponse = unavailable;
`;

export function kyWithoutProgress(): Plugin {
  return {
    name: 'liaison:ky-without-progress',
    setup(build) {
      build.onLoad({ filter: /[\\/]ky[\\/]distribution[\\/]utils[\\/]body\.js$/ }, () => ({ contents: STUB, loader: 'js' }));
    },
  };
}
