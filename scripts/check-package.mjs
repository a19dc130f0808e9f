// `npm run check:package` in a published package (the working directory): the package as npm
// would publish it. Runs `npm publish --dry-run` and checks its file list (README, LICENSE,
// every "exports" target, dist/ and nothing from src/ or tests), the metadata users and
// registries read, then publint and `attw --pack --profile esm-only` (types under node16
// and bundler resolution). Build first: turbo's check:package depends on build, and npm's
// lifecycle scripts are skipped here so prepack does not rebuild for every pack.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cwd = process.cwd();
const read = (file) => readFileSync(file, 'utf8');
const pkg = JSON.parse(read(join(cwd, 'package.json')));
const rootPkg = JSON.parse(read(join(root, 'package.json')));
const env = { ...process.env, npm_config_ignore_scripts: 'true' };
const problems = [];
const check = (ok, message) => ok || problems.push(message);

// Metadata.
const directory = relative(root, cwd);
check(pkg.license === 'MIT' && pkg.author, 'license (MIT) and author');
check(pkg.repository?.url && pkg.repository.directory === directory, `repository with "directory": "${directory}"`);
check(pkg.homepage && pkg.bugs?.url && pkg.keywords?.length > 0, 'homepage, bugs and keywords');
check(pkg.engines?.node === rootPkg.engines.node, `engines.node ${rootPkg.engines.node}, as the repository`);
check(pkg.type === 'module' && pkg.exports?.['.'], 'ESM-only: "type": "module" and "exports"');
check(pkg.scripts?.prepack?.includes('build'), 'a prepack script that builds, so an unbuilt package cannot be published');
for (const [name, range] of Object.entries(pkg.dependencies ?? {})) {
  if (name.startsWith('@ngo-liaison/')) check(/^[\^~]/.test(range), `${name}: a range (^x.y.z), not an exact pin (${range})`);
}

// README and LICENSE: committed copies, so the tarball has them however it is packed.
check(read(join(cwd, 'LICENSE')) === read(join(root, 'LICENSE')), 'LICENSE identical to the repository LICENSE');
const readme = existsSync(join(cwd, 'README.md')) ? read(join(cwd, 'README.md')) : '';
check(readme.includes(`npm install ${pkg.name}`), `README.md with "npm install ${pkg.name}"`);
check(/ESM-only/.test(readme) && readme.includes(rootPkg.engines.node.replace('>=', '')), 'README.md states ESM-only and the Node version');

// The tarball.
const dryRun = JSON.parse(execFileSync('npm', ['publish', '--dry-run', '--json'], { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
const tarball = dryRun[pkg.name] ?? dryRun;
const files = tarball.files.map((file) => file.path);
const shipped = new Set(files);
for (const file of ['package.json', 'README.md', 'LICENSE']) check(shipped.has(file), `${file} in the tarball`);
check(files.some((file) => /^dist\/.+\.js$/.test(file)), 'dist/*.js in the tarball (built?)');
for (const file of files) check(!/^(src|test|bench|scripts)\//.test(file) && !/\.test\.[jt]s$/.test(file), `${file}: not for the tarball`);
const targets = (value) => (typeof value === 'string' ? [value] : Object.values(value ?? {}).flatMap(targets));
for (const [subpath, target] of Object.entries(pkg.exports)) {
  for (const path of targets(target).map((t) => t.replace(/^\.\//, ''))) {
    const pattern = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.+')}$`);
    check(files.some((file) => pattern.test(file)), `exports["${subpath}"] → ${path}: no such file in the tarball`);
  }
}

if (problems.length > 0) {
  console.error(`${pkg.name}: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`${pkg.name}: npm publish --dry-run ok, ${files.length} files, ${(tarball.size / 1024).toFixed(1)} kB packed (README.md, LICENSE, every exports target)`);

// attw skips wildcard subpaths ("./components/*"): name each one the tarball provides.
const wildcardEntrypoints = Object.entries(pkg.exports).flatMap(([subpath, target]) => {
  const types = typeof target === 'object' ? target.types : undefined;
  if (!subpath.includes('*') || !types) return [];
  let first = true;
  const source = types.replace(/^\.\//, '').replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, () => (first ? ((first = false), '(.+)') : '\\1'));
  return files.flatMap((file) => file.match(new RegExp(`^${source}$`))?.[1] ?? []).map((star) => subpath.replace('*', star));
});

// publint and attw print their own reports and fail the script on an error.
execFileSync('npx', ['publint', '--strict'], { cwd, env, stdio: 'inherit' });
const include = wildcardEntrypoints.length > 0 ? ['--include-entrypoints', ...wildcardEntrypoints] : [];
execFileSync('npx', ['attw', '--pack', '--profile', 'esm-only', '--format', 'table-flipped', ...include], { cwd, env, stdio: 'inherit' });
