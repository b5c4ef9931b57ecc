/**
 * Finds where entries link glossary terms with `<Term id="…">…</Term>` and checks that every
 * id is a term in the glossary, so a misspelt id fails the build naming the file and line
 * instead of publishing a dead link.
 */
import type { Problem } from '../editor-errors';

export interface TermUse {
  /** The id written in the tag, or undefined when the tag has none. */
  id: string | undefined;
  /** 1-based line in the text searched. */
  line: number;
  /** The tag as written, for messages. */
  tag: string;
}

const TERM_TAG = /<Term\b[^>]*>/g;
const ID_ATTRIBUTE = /\bid\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\})/;
const FENCE = /^\s*(```|~~~)/;

/** Every `<Term …>` tag in a Markdown/MDX text, outside code blocks. */
export function findTermUses(text: string): TermUse[] {
  const uses: TermUse[] = [];
  // Most bodies link no term: no need to go through their lines.
  if (!text.includes('<Term')) return uses;
  let fence: string | undefined;
  text.split(/\r?\n/).forEach((line, i) => {
    const marker = FENCE.exec(line)?.[1];
    if (marker && (fence === undefined || fence === marker)) {
      fence = fence === undefined ? marker : undefined;
      return;
    }
    if (fence !== undefined) return;
    // Inline code spans are not uses either.
    const withoutCode = line.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length));
    for (const match of withoutCode.matchAll(TERM_TAG)) {
      const id = ID_ATTRIBUTE.exec(match[0]);
      uses.push({ id: id ? (id[1] ?? id[2] ?? id[3]) : undefined, line: i + 1, tag: match[0] });
    }
  });
  return uses;
}

export interface TextSource {
  /** The file as an editor knows it, e.g. content/lessons/grunnkurs/01-intro.mdx. */
  file: string;
  /** The body (text below the frontmatter). */
  body: string;
  /** Lines above the body in the file (the frontmatter), to report file line numbers. */
  bodyStartLine?: number;
  /** `findTermUses(body)`, when the caller has it already. */
  uses?: readonly TermUse[];
}

/** Problems per file: unknown ids, tags without an id, and tags in .md files where they do nothing. */
export function checkTermUses(
  sources: readonly TextSource[],
  knownIds: readonly string[],
): Map<string, Problem[]> {
  const known = new Set(knownIds);
  const listed = [...known].sort().join(', ');
  const problems = new Map<string, Problem[]>();
  for (const source of sources) {
    const found: Problem[] = [];
    const isMdx = source.file.endsWith('.mdx');
    for (const use of source.uses ?? findTermUses(source.body)) {
      const field = `brødteksten, linje ${use.line + (source.bodyStartLine ?? 0)}`;
      if (!isMdx) {
        found.push({
          field,
          found: `${use.tag} i en .md-fil, der komponenten ikke virker`,
          expected: 'at filen heter .mdx når den bruker <Term>',
        });
      } else if (use.id === undefined || use.id === '') {
        found.push({
          field,
          found: use.tag,
          expected: '<Term id="…"> med id-en til et begrep i ordlisten',
        });
      } else if (!known.has(use.id)) {
        found.push({
          field,
          found: `<Term id="${use.id}">, men «${use.id}» finnes ikke i ordlisten`,
          expected: `id-en til et publisert begrep i ordlisten${listed ? ` (${listed})` : ''}`,
        });
      }
    }
    if (found.length > 0) problems.set(source.file, found);
  }
  return problems;
}

/** How many lines the frontmatter and anything else above the body take in the file's text. */
export function linesBeforeBody(fileText: string, body: string): number {
  const normalized = fileText.replace(/\r\n?/g, '\n');
  const start = body.trim() === '' ? -1 : normalized.lastIndexOf(body.replace(/\r\n?/g, '\n'));
  if (start < 0) {
    const frontmatter = /^---\n[\s\S]*?\n---\n?/.exec(normalized)?.[0] ?? '';
    return frontmatter.split('\n').length - 1;
  }
  return normalized.slice(0, start).split('\n').length - 1;
}
