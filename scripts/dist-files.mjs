/**
 * What the post-build checks (check-html, check-links, check-weight) share: where the built
 * site is, its files, and the mapping between a file in it and the URL path it is served at.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** The built site: the first CLI argument, else $PORTAL_OUT_DIR, else dist/. */
export function distDir(argv = process.argv.slice(2)) {
  const dir = path.resolve(
    projectRoot,
    argv.find((arg) => !arg.startsWith('-')) ?? process.env.PORTAL_OUT_DIR ?? 'dist',
  );
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`No built site in ${dir}: run \`npm run build\` first.`);
  }
  return dir;
}

/** Every file under dir (absolute paths), sorted, optionally only those ending with one of `extensions`. */
export function filesIn(dir, extensions = []) {
  const found = [];
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (extensions.length === 0 || extensions.some((ext) => entry.name.endsWith(ext)))
        found.push(full);
    }
  };
  walk(dir);
  return found.sort();
}

/** The URL path a built file is served at: dist/krav/index.html → /krav/. */
export function urlPathOf(dist, file) {
  const relative = path.relative(dist, file).split(path.sep).join('/');
  return `/${relative.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * The file a URL path is served from, or undefined when there is none: a path ending in "/"
 * is its index.html. Paths that would leave dist resolve to nothing.
 */
export function fileOfUrlPath(dist, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const file = path.join(dist, decoded.endsWith('/') ? `${decoded}index.html` : decoded);
  if (file !== dist && !file.startsWith(dist + path.sep)) return undefined;
  return file;
}

/** The site's public origin (e.g. https://etiskhandel.uke.oslo.kommune.no), read from the built sitemap index. */
export function siteOrigin(dist) {
  const index = path.join(dist, 'sitemap-index.xml');
  if (!existsSync(index)) return undefined;
  const loc = /<loc>([^<]+)<\/loc>/.exec(readFileSync(index, 'utf-8'))?.[1];
  return loc ? new URL(loc).origin : undefined;
}

/** "12.3 kB" for a byte count (1 kB = 1000 bytes, as the budgets are written). */
export const kilobytes = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** Prints one gate's summary line: "✓ name: text" or "✗ name: text". */
export const summaryLine = (ok, gate, text) => `${ok ? '✓' : '✗'} ${gate}: ${text}`;
