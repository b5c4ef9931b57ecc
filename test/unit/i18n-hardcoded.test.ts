import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Reader-facing words come from the dictionary (src/i18n/), so an English page cannot show
 * Norwegian by accident. This looks for æ, ø and å in the code of components, layouts and pages,
 * outside comments: a cheap sign of a hard-coded Norwegian string.
 */
const ROOTS = ['src/components', 'src/layouts', 'src/pages'];

/** Files where Norwegian is not interface text, and why. */
const ALLOWED: Record<string, string> = {
  'src/components/Term.astro': 'the build error for an editor who names an unknown term',
  'src/pages/for-redaktorer/felter.astro': 'the editors’ field reference, Norwegian only',
};
const ALLOWED_SUFFIX = '.examples.ts'; // named component examples: sample content, not interface

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf-8' })
    .filter((file) => /\.(astro|ts)$/.test(file))
    .map((file) => path.posix.join(dir, file.split(path.sep).join('/')));
}

/** The code without comments (block, HTML and line comments; not the // of a URL). */
function withoutComments(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

const NORWEGIAN = /[æøåÆØÅ]/;

function hardCoded(file: string): string[] {
  return withoutComments(readFileSync(file, 'utf-8'))
    .split('\n')
    .filter((line) => NORWEGIAN.test(line))
    .map((line) => `${file}: ${line.trim()}`);
}

describe('no hard-coded Norwegian in components, layouts and pages', () => {
  it('finds æ, ø and å only in the dictionary (and the allowed files)', () => {
    const found = ROOTS.flatMap(files)
      .filter((file) => !(file in ALLOWED) && !file.endsWith(ALLOWED_SUFFIX))
      .flatMap(hardCoded);
    expect(found).toEqual([]);
  });

  it('would catch a Norwegian string, and ignores comments and URLs', () => {
    expect(withoutComments("const a = 'Gå til forsiden'; // å")).toMatch(NORWEGIAN);
    expect(withoutComments('/** Søk */\n<!-- ø -->\nconst b = 1; // æ')).not.toMatch(NORWEGIAN);
    expect(withoutComments("const url = 'https://example.test/'; // ø")).not.toMatch(NORWEGIAN);
  });
});
