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

/** The headers with a fixed value that every response carries, by lower-case name. */
export function fixedHeaders(conf = siteConf()): Map<string, string> {
  return new Map(
    addHeaders(conf)
      .filter((header) => !header.value.includes('$'))
      .map((header) => [header.name, header.value]),
  );
}

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
