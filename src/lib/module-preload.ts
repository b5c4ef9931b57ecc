/**
 * A module script fetches the chunks it imports only once it has arrived itself: the finder's
 * script, and a round trip later the message formatter it shares with other scripts
 * (format.js). Vite writes `<link rel="modulepreload">` only into the HTML it builds itself, and
 * Astro writes none for its scripts, so after a build every page gets one link per chunk its
 * module scripts import, and the browser fetches them beside the scripts, from the HTML.
 * Lighthouse on mobile (simulated slow 4G) counted the chain in the finder's first paint: its
 * pessimistic estimate ran 0.27–0.30 s past the optimistic one, one new connection later;
 * with the links the two are equal (the README's «Lighthouse» has the figures).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
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

/** Where a page's module scripts, its modulepreload links and the end of its <head> are. */
function pageParts(html: string) {
  const scripts: string[] = [];
  const links: { start: number; end: number }[] = [];
  let headEnd: number | undefined;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'script' && attributes['type'] === 'module' && attributes['src']) {
        scripts.push(attributes['src']);
      }
      if (name === 'link' && attributes['rel'] === 'modulepreload' && headEnd === undefined) {
        links.push({ start: parser.startIndex, end: parser.endIndex + 1 });
      }
    },
    onclosetag(name, implied) {
      if (name === 'head' && !implied) headEnd ??= parser.startIndex;
    },
  });
  parser.end(html);
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

/** Every .html file under `dir`. */
async function pagesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** After the build: modulepreload links in every page with module scripts (see the top). */
export function modulePreloads(): AstroIntegration {
  return {
    name: 'portal-module-preloads',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const cache = new Map<string, Promise<string[]>>();
        const importsOf = (modulePath: string) => {
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
        let changed = 0;
        for (const page of await pagesUnder(root)) {
          const html = await readFile(page, 'utf-8');
          if (!html.includes('type="module"')) continue;
          const out = await withModulePreloads(html, importsOf);
          // Unchanged pages keep their time stamp: a warm build's kept pages stay as they were.
          if (out === html) continue;
          await writeFile(page, out);
          changed += 1;
        }
        logger.info(`modulepreload links written in ${changed} pages`);
      },
    },
  };
}
