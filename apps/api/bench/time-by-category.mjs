// Self time of a V8 CPU profile (node --cpu-prof) grouped into the parts of a search request.
// Core keeps one file per module in its dist, so its frames are told apart by file; the API's
// own code is bundled into chunks, so its frames are told apart by function name. A native
// function (JSON.stringify, a hash) counts for the JavaScript function that called it.

const CATEGORIES = [
  ['garbage collection', (name) => name === '(garbage collector)'],
  ['search: words, ranking, paging (core)', (_, url) => /core\/dist\/(search\/(term-index|organization-index|top-k|result-order|concept-dictionary)|text\/|pagination\/)/.test(url)],
  ['facets: filter and count (core)', (_, url) => /core\/dist\/search\/facet/.test(url)],
  ['query parsing and validation', (name, url) => /core\/dist\/(search\/organization-query|query\/)/.test(url) || /^(parseOrganizationQuery|organizationQueryToParams)$/.test(name)],
  ['serialisation (JSON)', (name) => /^(pageJson|recordJson|json|stringify)$/.test(name)],
  ['ETag and 304 check', (name, url) => /^(revisionEtag|respondWithEtag|heldTag)$/.test(name) || /internal\/crypto/.test(url)],
  ['compression', (name, url) => /compress|zlib/i.test(url) || /^(compression|withLengthIfSmall)$/.test(name)],
  ['storage: database and change feed', (_, url) => /kysely|better-sqlite3|pg\/|data-snapshot|change-feed/.test(url)],
  ['Hono: routing and middleware', (_, url) => /\/hono\/dist\//.test(url)],
  ['HTTP server and sockets (node, @hono/node-server)', (name, url) => /node-server|node:_http|node:net|node:internal\/(streams|http|stream_base)|undici|node:stream|node:events/.test(url) || /^(writev|writeUtf8String|writeBuffer)$/.test(name)],
  ['other API code', (_, url) => /apps\/api\/dist\//.test(url)],
];

/** `[category, share of busy time]`, largest first (idle and the profiler's own ticks left out). */
export function timeByCategory(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map();
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const { functionName, url } = byId.get(id).callFrame;
    // Idle, and the profiler's own work when it stops (the inspector's native dispatch).
    if (functionName === '(idle)' || functionName === '(program)' || (functionName === 'dispatch' && !url)) return;
    const dt = profile.timeDeltas[i] ?? 0;
    busy += dt;
    const category = CATEGORIES.find(([, test]) => test(functionName, url))?.[0] ?? `other: ${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}`;
    totals.set(category, (totals.get(category) ?? 0) + dt);
  });
  // The uncategorised frames: the largest by name, the rest together.
  const shares = [...totals].map(([name, t]) => [name, t / busy]).sort((a, b) => b[1] - a[1]);
  const named = shares.filter(([name]) => !name.startsWith('other: '));
  const others = shares.filter(([name]) => name.startsWith('other: '));
  const rest = others.slice(3).reduce((sum, [, share]) => sum + share, 0);
  return [...named, ...others.slice(0, 3), ['other (the rest)', rest]];
}
