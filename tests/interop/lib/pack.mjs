import { run } from './commands.mjs';

/** The packages an integrator installs, as `npm pack` makes them for the registry. */
export const PACKAGES = ['core', 'client', 'elements'];

/**
 * `npm pack` of core, client and elements into `destination`; returns package name →
 * tarball path. The packages must be built (the runner builds them first with turbo, so
 * their `prepack` build is skipped here: its output would also break npm's JSON on stdout).
 */
export async function packPackages(repoRoot, destination) {
  const workspaces = PACKAGES.flatMap((name) => ['-w', `packages/${name}`]);
  const { stdout } = await run('npm', ['pack', ...workspaces, '--ignore-scripts', '--pack-destination', destination, '--json'], { cwd: repoRoot });
  const packed = JSON.parse(stdout);
  return Object.fromEntries(packed.map((tarball) => [tarball.name, `${destination}/${tarball.filename}`]));
}
