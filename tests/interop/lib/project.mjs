import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { run } from './commands.mjs';

/**
 * A fresh project in `dir` from the fixture `template`: its files, plus `extraFiles`
 * (copied from elsewhere in the suite), with our tarballs as dependencies, installed from
 * the npm registry the way an integrator installs them.
 */
export async function createProject({ template, dir, tarballs, extraFiles = [] }) {
  cpSync(template, dir, { recursive: true });
  for (const file of extraFiles) cpSync(file, `${dir}/${file.split('/').pop()}`);
  const manifest = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
  manifest.dependencies = { ...manifest.dependencies };
  for (const [name, tarball] of Object.entries(tarballs)) manifest.dependencies[name] = `file:${tarball}`;
  writeFileSync(`${dir}/package.json`, JSON.stringify(manifest, null, 2));
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], { cwd: dir });
  return {
    dir,
    /** Runs a binary the project installed (`tsc`, `vite`, `vue-tsc`). */
    bin: (name, args) => run(`${dir}/node_modules/.bin/${name}`, args, { cwd: dir }),
  };
}
