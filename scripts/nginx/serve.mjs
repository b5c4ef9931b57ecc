/**
 * Serves a built site with Debian's nginx and the production configuration
 * (scripts/nginx/etiskhandel.conf, included verbatim) on a free loopback port, the way the
 * browser tests and Lighthouse see it:
 *
 *   const site = await serveWithNginx('dist');   // { url: 'http://127.0.0.1:41234', close }
 *   ...
 *   await site.close();                          // stops nginx, removes its temp folder
 *
 * The wrapper server block only sets what differs from production: the port, the root, and
 * pid, log and temp paths in a folder of its own, so it runs as root or as any user.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The production configuration: everything inside the server block. */
export const SITE_CONF = fileURLToPath(new URL('./etiskhandel.conf', import.meta.url));

/** A port that was free a moment ago on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** The whole nginx.conf of a test server over `root` on `port`, with its files in `dir`. */
export function wrapperConfig({
  root,
  port,
  dir,
  uid = process.getuid?.() ?? 0,
  siteConf = SITE_CONF,
}) {
  const quote = (value) => `"${value.replace(/["\\]/g, '\\$&')}"`;
  return `# Written by scripts/nginx/serve.mjs for one test run.
${uid === 0 ? 'user root;\n' : ''}worker_processes 1;
daemon off;
pid ${quote(path.join(dir, 'nginx.pid'))};
error_log ${quote(path.join(dir, 'error.log'))} warn;
events { worker_connections 256; }
http {
  access_log off;
  sendfile on;
  client_body_temp_path ${quote(path.join(dir, 'body'))};
  proxy_temp_path ${quote(path.join(dir, 'proxy'))};
  fastcgi_temp_path ${quote(path.join(dir, 'fastcgi'))};
  uwsgi_temp_path ${quote(path.join(dir, 'uwsgi'))};
  scgi_temp_path ${quote(path.join(dir, 'scgi'))};
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    root ${quote(root)};
    include ${quote(siteConf)};
  }
}
`;
}

/** Waits until something accepts connections on 127.0.0.1:port, or the process exits. */
async function waitForPort(port, child, log, timeoutMs = 10_000) {
  const { connect } = await import('node:net');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`nginx exited (${child.exitCode}):\n${log()}`);
    }
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`nginx did not listen on ${port} within ${timeoutMs} ms:\n${log()}`);
}

/**
 * Starts nginx over `root` and resolves to { url, port, close }. `nginx` is the program
 * (default: NGINX_PATH, else /usr/sbin/nginx).
 */
export async function serveWithNginx(
  root,
  { nginx = process.env.NGINX_PATH ?? '/usr/sbin/nginx', siteConf = SITE_CONF } = {},
) {
  root = path.resolve(root);
  if (!existsSync(root)) throw new Error(`Nothing to serve: ${root} does not exist.`);
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-nginx-'));
  const conf = path.join(dir, 'nginx.conf');
  const errorLog = path.join(dir, 'error.log');
  const log = () => (existsSync(errorLog) ? readFileSync(errorLog, 'utf-8') : '');

  let lastError;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const port = await freePort();
    writeFileSync(conf, wrapperConfig({ root, port, dir, siteConf }));
    const test = spawnSync(nginx, ['-t', '-q', '-p', dir, '-e', errorLog, '-c', conf], {
      encoding: 'utf-8',
    });
    if (test.status !== 0) {
      rmSync(dir, { recursive: true, force: true });
      throw new Error(
        `nginx rejects the configuration (${SITE_CONF}):\n${test.stderr || test.error}`,
      );
    }
    const child = spawn(nginx, ['-p', dir, '-e', errorLog, '-c', conf], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    try {
      await waitForPort(port, child, () => `${stderr}${log()}`);
    } catch (error) {
      lastError = error;
      child.kill('SIGKILL');
      continue; // most likely someone took the port between the probe and nginx: try another
    }
    const exited = new Promise((resolve) => child.once('exit', resolve));
    return {
      url: `http://127.0.0.1:${port}`,
      port,
      /** Stops nginx (fast shutdown) and removes its folder. */
      async close() {
        if (child.exitCode === null) {
          child.kill('SIGTERM');
          const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
          await exited;
          clearTimeout(timer);
        }
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  rmSync(dir, { recursive: true, force: true });
  throw lastError;
}
