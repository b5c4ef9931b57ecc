/**
 * A tiny static server for the built site, the way the real host serves it:
 * /x/ serves /x/index.html, /x redirects to /x/, misses get 404.html with status 404,
 * and headers from the build's `_headers` file (Netlify syntax) are sent when it exists.
 * Listens on 127.0.0.1 on a free port. No dependencies, so every test can reuse it.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.ics': 'text/calendar; charset=utf-8',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.odt': 'application/vnd.oasis.opendocument.text',
};

/** Parses a Netlify-style `_headers` file into [{ pattern: RegExp, headers: [name, value][] }]. */
export function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else if (rules.length > 0) {
      const colon = line.indexOf(':');
      if (colon > 0)
        rules.at(-1).headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** Resolves a URL path to a file inside root, or undefined (also for attempts to leave root). */
function fileFor(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const file = path.join(root, decoded.endsWith('/') ? `${decoded}index.html` : decoded);
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  return file;
}

/**
 * Serves `root` and resolves to { url, server, requests, close }. `requests` records every
 * request path with its status, so tests can assert what a page fetched.
 */
export async function serveStatic(root, { port = 0, host = '127.0.0.1' } = {}) {
  root = path.resolve(root);
  const headersFile = path.join(root, '_headers');
  const headerRules = existsSync(headersFile)
    ? parseHeadersFile(readFileSync(headersFile, 'utf-8'))
    : [];
  const requests = [];

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status, file, extra = {}) => {
      requests.push({ path: url.pathname, status });
      for (const rule of headerRules) {
        if (rule.pattern.test(url.pathname))
          for (const [name, value] of rule.headers) res.setHeader(name, value);
      }
      for (const [name, value] of Object.entries(extra)) res.setHeader(name, value);
      if (!file) {
        res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(`${status}\n`);
        return;
      }
      res.writeHead(status, {
        'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'content-length': statSync(file).size,
      });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405);

    const file = fileFor(root, url.pathname);
    const stat = file && existsSync(file) ? statSync(file) : undefined;
    if (stat?.isFile()) return send(200, file);
    if (stat?.isDirectory() && existsSync(path.join(file, 'index.html'))) {
      return send(301, undefined, { location: `${url.pathname}/${url.search}` });
    }
    const notFound = path.join(root, '404.html');
    return send(404, existsSync(notFound) ? notFound : undefined);
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  return {
    url: `http://${host}:${address.port}`,
    server,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
