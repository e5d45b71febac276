/**
 * The baseline for Lighthouse in `npm run bench`: Docusaurus's own classic
 * template, unchanged, built beside the site with the same Docusaurus version
 * and measured in the same run. Its files come from the create-docusaurus
 * package on npm (templates/shared + templates/classic, as `npm create
 * docusaurus` assembles them) into build-bare/site; its dependencies resolve
 * from this repository's node_modules (same @docusaurus/*, React and MDX).
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

function run(cmd: string, args: string[], cwd: string): void {
  const r = spawnSync(cmd, args, {cwd, stdio: ['ignore', 'ignore', 'inherit']});
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
}

/** Fetch (once) and build the bare template; returns its build directory. */
export function buildBareTemplate(root: string): {buildDir: string; version: string} {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/@docusaurus/core/package.json'), 'utf8')) as {version: string};
  const out = path.join(root, 'build-bare');
  const site = path.join(out, 'site');
  const stamp = path.join(out, 'version');
  if (!fs.existsSync(stamp) || fs.readFileSync(stamp, 'utf8') !== pkg.version) {
    fs.rmSync(out, {recursive: true, force: true});
    fs.mkdirSync(out, {recursive: true});
    run('npm', ['pack', `create-docusaurus@${pkg.version}`, '--pack-destination', out, '--silent'], out);
    run('tar', ['xzf', `create-docusaurus-${pkg.version}.tgz`], out);
    const templates = path.join(out, 'package', 'templates');
    fs.cpSync(path.join(templates, 'shared'), site, {recursive: true});
    fs.cpSync(path.join(templates, 'classic'), site, {recursive: true});
    fs.writeFileSync(stamp, pkg.version);
  }
  const buildDir = path.join(out, 'build');
  run(process.execPath, [path.join(root, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build', site, '--out-dir', buildDir], root);
  return {buildDir, version: pkg.version};
}
