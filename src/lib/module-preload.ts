/**
 * A module script fetches the chunks it imports only once it has arrived itself: the finder's
 * script, and a round trip later the message formatter it shares with other scripts
 * (format.js). Vite writes `<link rel="modulepreload">` only into the HTML it builds itself, and
 * Astro writes none for its scripts, so every page `astro build` renders gets one link per chunk
 * its module scripts import, and the browser fetches them beside the scripts, from the HTML.
 * Lighthouse on mobile (simulated slow 4G) counted the chain in the finder's first paint: its
 * pessimistic estimate ran 0.27–0.30 s past the optimistic one, one new connection later;
 * with the links the two are equal (the README's «Lighthouse» has the figures).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { init, parse } from 'es-module-lexer';
import { Parser } from 'htmlparser2';

/** Resolves `specifier` against a site path such as "/_astro/a.js"; undefined when it leaves the site. */
function sitePath(specifier: string, from: string): string | undefined {
  if (!/^(\.{1,2})?\//.test(specifier)) return undefined;
  const base = new URL(from, 'https://site.invalid/');
  const url = new URL(specifier, base);
  return url.origin === base.origin ? url.pathname : undefined;
}

/** The site paths a module imports statically (`import … from`, `import '…'`), in source order. */
export async function staticImports(code: string, modulePath: string): Promise<string[]> {
  await init;
  const [imports] = parse(code, modulePath);
  // d is -1 for a static import; import() and import.meta load nothing before the module runs.
  return imports
    .filter((entry) => entry.d === -1 && entry.n !== undefined)
    .map((entry) => sitePath(entry.n!, modulePath))
    .filter((found): found is string => found !== undefined);
}

/** Every chunk `entry` loads before it runs (its imports, theirs …), each once, nearest first. */
export async function chunksLoadedBy(
  entry: string,
  importsOf: (modulePath: string) => Promise<string[]>,
): Promise<string[]> {
  const seen = new Set([entry]);
  const queue = [entry];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const chunk of await importsOf(next)) {
      if (seen.has(chunk)) continue;
      seen.add(chunk);
      queue.push(chunk);
    }
  }
  return [...seen].slice(1);
}

/** The attributes of one start tag, as htmlparser2 reads them. */
function attributesOf(tag: string): Record<string, string> {
  let found: Record<string, string> = {};
  new Parser({
    onopentag(_name, attributes) {
      found = attributes;
    },
  }).end(tag);
  return found;
}

// The same few script tags are on hundreds of pages: each is parsed once (parsing them for every
// page was a fifth of this step's time, bench corpus).
const scriptAttributes = new Map<string, Record<string, string>>();

function scriptAttributesOf(tag: string): Record<string, string> {
  let found = scriptAttributes.get(tag);
  if (found === undefined) {
    found = attributesOf(tag);
    scriptAttributes.set(tag, found);
  }
  return found;
}

// Astro writes these tags itself, and the page's text and its inline JSON (jsonld.ts, the
// finder's data) have every "<" escaped, so "<script", "<link" and "</head>" occur in a page
// only as tags: the page is searched for them, and only the tags are parsed. Parsing every page
// with module scripts whole took 0.18–0.33 s per 1 000 entries (bench corpus).
const SCRIPT_TAG = /<script\b[^>]*>/gi;
const LINK_TAG = /<link\b[^>]*>/gi;
const HEAD_END = /<\/head\s*>/i;

/** Where a page's module scripts, its modulepreload links and the end of its <head> are. */
function pageParts(html: string) {
  const scripts: string[] = [];
  for (const [tag] of html.matchAll(SCRIPT_TAG)) {
    const { type, src } = scriptAttributesOf(tag);
    if (type === 'module' && src) scripts.push(src);
  }
  const headEnd = HEAD_END.exec(html)?.index;
  const links: { start: number; end: number }[] = [];
  if (headEnd !== undefined) {
    for (const { 0: tag, index: start } of html.slice(0, headEnd).matchAll(LINK_TAG)) {
      // Each page's own links (canonical, alternates) differ: only a tag that names the word is parsed.
      if (/modulepreload/i.test(tag) && attributesOf(tag)['rel'] === 'modulepreload') {
        links.push({ start, end: start + tag.length });
      }
    }
  }
  return { scripts, links, headEnd };
}

/**
 * The page with one `<link rel="modulepreload">` before `</head>` for every chunk its module
 * scripts import and no script of its own loads; links from an earlier pass are replaced, so a
 * page kept from the last build comes out the same. A page without module scripts is unchanged.
 */
export async function withModulePreloads(
  html: string,
  importsOf: (modulePath: string) => Promise<string[]>,
): Promise<string> {
  const { scripts, links, headEnd } = pageParts(html);
  if (headEnd === undefined) return html;
  const own = new Set(scripts);
  const chunks = new Set<string>();
  for (const script of scripts) {
    const from = sitePath(script, '/');
    if (from === undefined) continue;
    for (const chunk of await chunksLoadedBy(from, importsOf)) {
      if (!own.has(chunk)) chunks.add(chunk);
    }
  }
  const block = [...chunks].map((chunk) => `<link rel="modulepreload" href="${chunk}">`).join('');
  // The page without the old links (those in <head>), and the new ones at the end of <head>.
  let kept = '';
  let from = 0;
  for (const link of links) {
    kept += html.slice(from, link.start);
    from = link.end;
  }
  const removed = from - kept.length;
  kept += html.slice(from);
  const at = headEnd - removed;
  return `${kept.slice(0, at)}${block}${kept.slice(at)}`;
}

/** Set by the integration for `astro build` only: the folder the client build wrote _astro/ into. */
const CLIENT_DIR_ENV = 'PORTAL_CLIENT_DIR';

/** `importsOf` for the chunks under `root`, each read and parsed once. */
export function chunkImportsUnder(root: string): (modulePath: string) => Promise<string[]> {
  const cache = new Map<string, Promise<string[]>>();
  return (modulePath) => {
    let found = cache.get(modulePath);
    if (!found) {
      found = readFile(path.join(root, modulePath), 'utf-8').then(
        (code) => staticImports(code, modulePath),
        () => {
          throw new Error(`A page loads ${modulePath}, which the build did not write.`);
        },
      );
      cache.set(modulePath, found);
    }
    return found;
  };
}

let importsOfBuild:
  { root: string; importsOf: (modulePath: string) => Promise<string[]> } | undefined;

/**
 * The response with the modulepreload links in its page (see the top), when it is a page with
 * module scripts rendered by `astro build`; any other response as it is. Astro renders pages
 * after the client build, so the chunks are in place; the page is written, and kept in the
 * incremental cache, with its links, and a page the next build keeps needs no second pass.
 */
export async function withModulePreloadsIn(response: Response): Promise<Response> {
  const root = process.env[CLIENT_DIR_ENV];
  if (!root || !response.body || !response.headers.get('content-type')?.startsWith('text/html'))
    return response;
  // Bytes, not text: most pages have no module script and are passed on without decoding.
  const page = Buffer.from(await response.arrayBuffer());
  const { status, statusText, headers } = response;
  if (!page.includes('type="module"')) return new Response(page, { status, statusText, headers });
  if (importsOfBuild?.root !== root) importsOfBuild = { root, importsOf: chunkImportsUnder(root) };
  // Read as Latin-1, one character a byte, and written back the same way: every byte comes back as
  // it was, and what is searched for and added (tags, attribute names, chunk paths, which a URL's
  // path keeps in ASCII) is ASCII. Decoding and encoding UTF-8 took a third of this step's time.
  const out = await withModulePreloads(page.toString('latin1'), importsOfBuild.importsOf);
  return new Response(Buffer.from(out, 'latin1'), { status, statusText, headers });
}

/**
 * During `astro build`: modulepreload links in every page with module scripts (see the top),
 * written as the page is rendered, by middleware (module-preload-middleware.ts).
 */
export function modulePreloads(): AstroIntegration {
  return {
    name: 'portal-module-preloads',
    hooks: {
      'astro:config:setup': ({ command, config, addMiddleware }) => {
        if (command !== 'build') return;
        process.env[CLIENT_DIR_ENV] = fileURLToPath(config.outDir);
        addMiddleware({
          entrypoint: new URL('./module-preload-middleware.ts', import.meta.url),
          order: 'post',
        });
      },
    },
  };
}
