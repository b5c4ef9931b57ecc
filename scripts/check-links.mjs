#!/usr/bin/env node
/**
 * Gate: every internal link in the built site resolves, without any network.
 *
 * - Pages: href, src, srcset, action and poster attributes. A path must name a file in the
 *   build (a path ending in "/" is its index.html); a directory linked without its trailing
 *   slash is an error (the site is built with trailingSlash: 'always'). A #fragment must be an
 *   id (or <a name>) on the target page.
 * - Stylesheets: url(...) references (fonts, images).
 * - Feeds, sitemaps, JSON data and calendars: every absolute URL on the site's own origin.
 * - External links (http/https to other hosts) are not fetched: they are written, with the
 *   pages they appear on, to test-results/external-links.txt and counted in the summary.
 *
 *   node scripts/check-links.mjs [dist]      (default $PORTAL_OUT_DIR or dist/)
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { decodeXML } from 'entities';
import { Parser } from 'htmlparser2';
import {
  distDir,
  fileOfUrlPath,
  filesIn,
  projectRoot,
  siteOrigin,
  summaryLine,
  urlPathOf,
} from './dist-files.mjs';

export const EXTERNAL_REPORT = path.join(projectRoot, 'test-results', 'external-links.txt');

/** Attributes that hold one URL, and the one (srcset) that holds a list. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'poster', 'xlink:href']);
/** Fragments a browser handles without a matching id. */
const BUILT_IN_FRAGMENTS = new Set(['top']);
/** Text files whose absolute same-origin URLs are checked. */
const DATA_EXTENSIONS = ['.xml', '.json', '.ics', '.txt', '.webmanifest'];

/**
 * The start tags of an HTML document with their attributes (lower-cased names, decoded values,
 * the first of a repeated attribute), read by htmlparser2: comments and the bodies of script
 * and style elements are not markup.
 */
export function startTags(html) {
  const tags = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        tags.push({ name, attributes: new Map(Object.entries(attributes)) });
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return tags;
}

/** Every id (and <a name>) a page defines. */
export function anchorsOf(tags) {
  const ids = new Set();
  for (const tag of tags) {
    const id = tag.attributes.get('id');
    if (id) ids.add(id);
    if (tag.name === 'a' && tag.attributes.get('name')) ids.add(tag.attributes.get('name'));
  }
  return ids;
}

/** The URLs a page links to, with the tag and attribute each came from. */
export function linksOf(tags) {
  const links = [];
  for (const tag of tags) {
    for (const [name, value] of tag.attributes) {
      if (URL_ATTRIBUTES.has(name)) {
        // <meta content> and <link rel=preconnect> hrefs are not links to follow.
        if (
          tag.name === 'link' &&
          /\b(preconnect|dns-prefetch)\b/.test(tag.attributes.get('rel') ?? '')
        )
          continue;
        links.push({ url: value.trim(), where: `<${tag.name} ${name}>` });
      } else if (name === 'srcset' || name === 'imagesrcset') {
        for (const candidate of value.split(',')) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) links.push({ url, where: `<${tag.name} ${name}>` });
        }
      }
    }
  }
  return links;
}

/**
 * Classifies one URL found in a file served at `fromPath`:
 * { kind: 'internal', path, fragment } | { kind: 'external', url } | { kind: 'skip' } | { kind: 'error', reason }.
 */
export function classify(raw, fromPath, origin) {
  if (raw === '') return { kind: 'error', reason: 'empty URL' };
  if (/^(data|blob|about):/i.test(raw)) return { kind: 'skip' };
  if (/^javascript:/i.test(raw))
    return { kind: 'error', reason: 'javascript: URL (links must work without JavaScript)' };
  if (/^(mailto|tel):/i.test(raw)) {
    return /^mailto:[^@\s]+@[^@\s]+\.[^@\s]+/i.test(raw) || /^tel:\+?[\d\s-]{3,}$/i.test(raw)
      ? { kind: 'skip' }
      : { kind: 'error', reason: 'malformed mailto:/tel: link' };
  }
  let url;
  try {
    url = new URL(raw, `http://portal.invalid${fromPath}`);
  } catch {
    return { kind: 'error', reason: 'not a valid URL' };
  }
  const sameSite = url.host === 'portal.invalid' || (origin !== undefined && url.origin === origin);
  if (!sameSite) {
    return /^https?:$/.test(url.protocol) ? { kind: 'external', url: url.href } : { kind: 'skip' };
  }
  return {
    kind: 'internal',
    path: url.pathname,
    fragment: url.hash ? decodeURIComponent(url.hash.slice(1)) : undefined,
  };
}

/** Checks the whole build; resolves to { ok, summary, details, ... }. */
export async function checkLinks(dist, { reportFile = EXTERNAL_REPORT } = {}) {
  const origin = siteOrigin(dist);
  const pages = filesIn(dist, ['.html']);
  const anchorCache = new Map();
  const anchorsOfFile = (file) => {
    if (!anchorCache.has(file))
      anchorCache.set(file, anchorsOf(startTags(readFileSync(file, 'utf-8'))));
    return anchorCache.get(file);
  };

  const broken = [];
  const external = new Map();
  let internal = 0;
  let fragments = 0;

  /** Checks one URL found in `file`, served at `fromPath`. */
  const check = (raw, file, fromPath, where) => {
    const found = classify(raw, fromPath, origin);
    const source = `${path.relative(dist, file)} ${where}`;
    if (found.kind === 'skip') return;
    if (found.kind === 'error') return broken.push(`${source}: ${raw} – ${found.reason}`);
    if (found.kind === 'external') {
      if (!external.has(found.url)) external.set(found.url, new Set());
      external.get(found.url).add(fromPath);
      return;
    }
    internal += 1;
    const target =
      found.path === fromPath && fromPath !== '' ? file : fileOfUrlPath(dist, found.path);
    if (!target || !existsSync(target))
      return broken.push(`${source}: ${raw} – no such file in the build`);
    if (statSync(target).isDirectory()) {
      return broken.push(
        existsSync(path.join(target, 'index.html'))
          ? `${source}: ${raw} – add the trailing slash (${found.path}/)`
          : `${source}: ${raw} – a folder without index.html`,
      );
    }
    if (found.fragment === undefined || !target.endsWith('.html')) return;
    if (found.fragment === '') return broken.push(`${source}: ${raw} – empty #fragment`);
    if (BUILT_IN_FRAGMENTS.has(found.fragment) || found.fragment.startsWith(':~:')) return;
    fragments += 1;
    if (!anchorsOfFile(target).has(found.fragment)) {
      broken.push(`${source}: ${raw} – no id="${found.fragment}" on ${urlPathOf(dist, target)}`);
    }
  };

  for (const file of pages) {
    const tags = startTags(readFileSync(file, 'utf-8'));
    anchorCache.set(file, anchorsOf(tags));
    const isNotFoundPage = path.relative(dist, file) === '404.html';
    // 404.html is served at any address, so its links must not be relative.
    const fromPath = isNotFoundPage ? '/' : urlPathOf(dist, file);
    for (const { url, where } of linksOf(tags)) {
      if (isNotFoundPage && !/^([a-z]+:|\/|#)/i.test(url)) {
        broken.push(
          `404.html ${where}: ${url} – relative link on the 404 page (served at any address)`,
        );
        continue;
      }
      check(url, file, fromPath, where);
    }
  }

  for (const file of filesIn(dist, ['.css'])) {
    const css = readFileSync(file, 'utf-8');
    for (const match of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)) {
      const url = match[1] ?? match[2] ?? match[3] ?? '';
      if (!url.startsWith('#')) check(url, file, urlPathOf(dist, file), 'url()');
    }
  }

  if (origin) {
    const escaped = origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const ownUrl = new RegExp(`${escaped}/[^\\s"'<>\\\\]*`, 'g');
    for (const file of filesIn(dist, DATA_EXTENSIONS)) {
      const text = readFileSync(file, 'utf-8');
      // iCalendar folds long lines with CRLF + space; unfold before looking for URLs.
      const unfolded = file.endsWith('.ics') ? text.replace(/\r?\n[ \t]/g, '') : text;
      for (const [url] of unfolded.matchAll(ownUrl))
        check(decodeXML(url), file, urlPathOf(dist, file), 'URL');
    }
  }

  const externalLines = [...external]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([url, from]) => `${url}\n  ${[...from].sort().join('\n  ')}`);
  mkdirSync(path.dirname(reportFile), { recursive: true });
  writeFileSync(
    reportFile,
    `# External links in ${dist} (not fetched), each with the pages that link to it\n\n${externalLines.join('\n')}\n`,
  );

  const ok = broken.length === 0;
  const text =
    `${pages.length} pages, ${internal} internal links and ${fragments} anchors checked, ${broken.length} broken; ` +
    `${external.size} external links listed in ${path.relative(projectRoot, reportFile)}`;
  return {
    ok,
    summary: summaryLine(ok, 'links', text),
    details: broken.join('\n'),
    broken,
    external: [...external.keys()],
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await checkLinks(distDir());
  if (result.details) console.log(result.details);
  console.log(result.summary);
  process.exit(result.ok ? 0 : 1);
}
