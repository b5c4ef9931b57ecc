/**
 * What the tests read from the production nginx configuration (scripts/nginx/etiskhandel.conf):
 * the headers every response gets, the content types, and the list of moved addresses.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SITE_CONF_PATH = fileURLToPath(
  new URL('../../scripts/nginx/etiskhandel.conf', import.meta.url),
);

/** The configuration without comments. */
export function siteConf(text = readFileSync(SITE_CONF_PATH, 'utf-8')): string {
  return text
    .split('\n')
    .map((line) => line.replace(/(^|\s)#.*$/, ''))
    .join('\n');
}

export interface AddHeader {
  name: string;
  value: string;
  always: boolean;
}

/** Every add_header directive, in order (names in lower case). */
export function addHeaders(conf = siteConf()): AddHeader[] {
  return [
    ...conf.matchAll(
      /(?:^|[;{}\s])add_header\s+([\w-]+)\s+(?:"([^"]*)"|'([^']*)'|(\S+?))(\s+always)?\s*;/g,
    ),
  ].map((match) => ({
    name: (match[1] ?? '').toLowerCase(),
    value: match[2] ?? match[3] ?? match[4] ?? '',
    always: Boolean(match[5]),
  }));
}

const SET = /(?:^|[;{}\s])set\s+\$(\w+)\s+"([^"]*)"\s*;/g;
const LOCATION = /\blocation\s+([^{]*?)\s*\{([^}]*)\}/g;

/** The `set $name "value";` lines outside every location, by variable name. */
export function serverVariables(conf = siteConf()): Map<string, string> {
  const outside = conf.replace(LOCATION, '');
  return new Map([...outside.matchAll(SET)].map((m) => [m[1] ?? '', m[2] ?? '']));
}

/** The variables one location block sets ("/admin/" → its CSP), by name. */
export function locationVariables(location: string, conf = siteConf()): Map<string, string> {
  const block = [...conf.matchAll(LOCATION)].find((m) => m[1] === location)?.[2] ?? '';
  return new Map([...block.matchAll(SET)].map((m) => [m[1] ?? '', m[2] ?? '']));
}

/** The web editor's location, the one place the site's CSP is replaced (see etiskhandel.conf). */
export const EDITOR_LOCATION = '/admin/';

/**
 * The headers with a fixed value that every page of the site carries, by lower-case name. A
 * header given by a variable counts when no location but the web editor's changes it (the
 * CSP); its policy there is editorHeaders().
 */
export function fixedHeaders(conf = siteConf(), location?: string): Map<string, string> {
  const variables = serverVariables(conf);
  const changedBy = (name: string) =>
    [...conf.matchAll(LOCATION)]
      .filter((m) => [...(m[2] ?? '').matchAll(SET)].some((set) => set[1] === name))
      .map((m) => m[1]);
  const own = location ? locationVariables(location, conf) : new Map<string, string>();
  const headers = new Map<string, string>();
  for (const header of addHeaders(conf)) {
    const variable = /^\$(\w+)$/.exec(header.value)?.[1];
    if (!variable) {
      if (!header.value.includes('$')) headers.set(header.name, header.value);
      continue;
    }
    const others = changedBy(variable).filter((where) => where !== EDITOR_LOCATION);
    const value = own.get(variable) ?? variables.get(variable);
    if (others.length === 0 && value !== undefined) headers.set(header.name, value);
  }
  return headers;
}

/** The headers the web editor's pages (/admin/) carry. */
export const editorHeaders = (conf = siteConf()) => fixedHeaders(conf, EDITOR_LOCATION);

/** The content type the `types` block gives each extension (".ics" → "text/calendar"). */
export function contentTypes(conf = siteConf()): Map<string, string> {
  const block = /(?:^|\s)types\s*\{([^}]*)\}/.exec(conf)?.[1] ?? '';
  const types = new Map<string, string>();
  for (const entry of block.split(';')) {
    const [type, ...extensions] = entry.trim().split(/\s+/);
    if (!type) continue;
    for (const extension of extensions) types.set(`.${extension}`, type);
  }
  return types;
}

export interface Redirect {
  /** The old prefix, e.g. "/eksempler/". */
  from: string;
  /** The new prefix, e.g. "/erfaringer/". */
  to: string;
  line: string;
}

/**
 * The moved addresses: the lines between "# redirects: begin" and "# redirects: end", each
 * `rewrite ^/old/(.*)$ /new/$1 permanent;`. Throws on any other line there, and on a
 * rewrite anywhere else, so the list stays one simple, checked list.
 */
export function redirects(text = readFileSync(SITE_CONF_PATH, 'utf-8')): Redirect[] {
  const lines = text.split('\n');
  const begin = lines.findIndex((line) => line.trim() === '# redirects: begin');
  const end = lines.findIndex((line) => line.trim() === '# redirects: end');
  if (begin < 0 || end < begin) {
    throw new Error(`${SITE_CONF_PATH}: no "# redirects: begin" … "# redirects: end" section`);
  }
  const outside = [...lines.slice(0, begin), ...lines.slice(end + 1)].filter((line) =>
    /^\s*(rewrite|return\s+30)/.test(line),
  );
  if (outside.length > 0) {
    throw new Error(`${SITE_CONF_PATH}: redirects outside the list: ${outside.join(' | ')}`);
  }
  return lines
    .slice(begin + 1, end)
    .filter((line) => line.trim() && !line.trim().startsWith('#'))
    .map((line) => {
      const match = /^\s*rewrite\s+\^(\/[^\s()]*\/)\(\.\*\)\$\s+(\/\S*\/)\$1\s+permanent;\s*$/.exec(
        line,
      );
      if (!match?.[1] || !match[2]) {
        throw new Error(
          `${SITE_CONF_PATH}: "${line.trim()}" is not of the form "rewrite ^/old/(.*)$ /new/$1 permanent;"`,
        );
      }
      return { from: match[1], to: match[2], line: line.trim() };
    });
}
