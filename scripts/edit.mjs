#!/usr/bin/env node
/**
 * `npm run edit`: the site's dev server and the web editor's local backend together, so an
 * editor edits content/ on this machine at http://localhost:4321/admin/.
 *
 *   astro dev        serves the site and /admin/ (config.yml points at the local backend)
 *   decap-server     reads and writes the files, in git mode: the editorial workflow keeps
 *                    each unpublished entry on a branch cms/<collection>/<slug>, and
 *                    «Publiser» merges it into the branch checked out here
 *
 * Ctrl-C (or either program ending) stops both. Ports: PORT (astro, 4321) and
 * PORTAL_CMS_PROXY_PORT (decap-server, 8081).
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

const branch =
  process.env.PORTAL_CMS_BRANCH ??
  spawnSync('git', ['rev-parse', '--abbrev-ref', 'HEAD'], {
    cwd: root,
    encoding: 'utf-8',
  }).stdout?.trim();
if (!branch || branch === 'HEAD') {
  console.error(
    'npm run edit: finner ingen git-gren her. Redigeringen lagrer i git; sjekk ut en gren først.',
  );
  process.exit(1);
}
const proxyPort = process.env.PORTAL_CMS_PROXY_PORT ?? '8081';
const sitePort = process.env.PORT ?? '4321';
const env = { ...process.env, PORTAL_CMS_BRANCH: branch, PORTAL_CMS_PROXY_PORT: proxyPort };

const children = [
  spawn(bin('decap-server'), [], {
    cwd: root,
    stdio: 'inherit',
    // BIND_HOST: only this machine may write the files (decap-server has no login).
    env: { ...env, MODE: 'git', PORT: proxyPort, BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: root },
  }),
  spawn(bin('astro'), ['dev', '--port', sitePort], { cwd: root, stdio: 'inherit', env }),
];

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

console.log(
  `\nRedigering: http://localhost:${sitePort}/admin/ (lagrer i content/ på grenen «${branch}»). Ctrl-C stopper.\n`,
);
