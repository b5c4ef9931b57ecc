/**
 * The one loader every collection uses: Astro's glob loader over `content/<folder>/`,
 * turning a failed validation into a message that names the file, the field, what was
 * found and what was expected, so an editor's mistake fails the build in plain words.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { findImpossibleDates } from '../dates';
import { EditorError, problemsFromIssues, type Problem } from '../editor-errors';
import { withoutEmptyValues } from './empty-values';

/** Where the editors' content lives; tests and the benchmark point it at other trees. */
export const contentRoot = path.resolve(process.env['PORTAL_CONTENT_DIR'] ?? 'content');

/**
 * `optional`: the folder may be missing (translations: content/en/<folder>/ appears with the
 * first translation), and then the collection is empty without a warning.
 */
export function contentLoader(
  folder: string,
  schema: z.ZodType,
  { optional = false } = {},
): Loader {
  const base = path.join(contentRoot, folder);
  // Files beside the entries (downloads, meeting materials) live in files/ and are not entries.
  const inner = glob({ base, pattern: ['**/[^_]*.{md,mdx}', '!files/**'] });
  return {
    name: `portal-${folder.replaceAll('/', '-')}`,
    load: (context: LoaderContext) => {
      if (optional && !existsSync(base)) {
        context.store.clear();
        return Promise.resolve();
      }
      // Two files with one id (fixturkrav.md and fixturkrav.mdx) are parsed concurrently, which
      // slips past Astro's own duplicate check: note each id before the first await.
      const fileOfId = new Map<string, string>();
      // The impossible dates in each file's text, found when the glob loader hands it over.
      const badDatesOfFile = new Map<string, Problem[]>();
      const globContext: GlobLoaderContext = {
        ...context,
        entryTypes: parsingChangedFiles(context as GlobLoaderContext, badDatesOfFile),
        parseData: async (props) => {
          const file = path.relative(process.cwd(), props.filePath ?? props.id);
          const other = fileOfId.get(props.id);
          if (other !== undefined && other !== file) {
            throw new EditorError(file, [
              {
                field: '(filnavnet)',
                found: `id-en «${props.id}», som også brukes av ${other}`,
                expected: 'et filnavn (uten endelse) som ingen annen oppføring i samlingen har',
              },
            ]);
          }
          fileOfId.set(props.id, file);
          // YAML silently rolls an impossible date (2026-02-30) over to a real one: check the raw text.
          const bad = badDatesOfFile.get(props.filePath ?? '') ?? [];
          if (bad.length > 0) throw new EditorError(file, bad);
          // A blank field saved by the web editor's form is a field not given (empty-values.ts).
          const data = withoutEmptyValues(props.data);
          try {
            return await context.parseData({ ...props, data });
          } catch (error) {
            // Astro validates with the same schema; only a failing entry is validated again,
            // to say in the editors' words which field is wrong and what was expected.
            const result = await schema.safeParseAsync(data);
            if (!result.success) {
              throw new EditorError(file, problemsFromIssues(result.error.issues, data));
            }
            throw error;
          }
        },
      };
      return inner.load(globContext);
    },
  };
}

/** What Astro hands the glob loader beside the documented context: the parser of each file type. */
type GlobLoaderContext = LoaderContext & {
  entryTypes: Map<string, { getEntryInfo: (params: { contents: string; fileUrl: URL }) => unknown }>;
};

/**
 * The file types' entry info, as the glob loader asks for it with each file's text (the
 * frontmatter parsed; Astro's own entry types do the parsing):
 * - Astro's glob loader parses every file's frontmatter (YAML) before it sees that the file is as
 *   the stored entry was made from, and then uses only the entry's id. For a file whose text has
 *   the stored entry's digest this gives that id (as `slug`, which the loader takes as the id)
 *   without parsing, so a warm build parses only the changed files (bench, 1 000 entries: js-yaml
 *   was 0.25 s of the warm build's content sync).
 * - A changed file, or one the store does not hold (cold build, store cleared), is parsed as
 *   before, and the impossible dates in the text the glob loader read go to `badDatesOfFile` for
 *   parseData, which used to read every file a second time to look for them.
 */
function parsingChangedFiles(context: GlobLoaderContext, badDatesOfFile: Map<string, Problem[]>) {
  const { entryTypes, store, config } = context;
  const root = fileURLToPath(config.root);
  // Which id each file had; the entry itself is read from the store when asked, so a file the
  // dev server has synced since (watcher) is compared with what the store holds now.
  let idOfFile: Map<string, string> | undefined;
  const storedEntryOf = (fileUrl: URL) => {
    idOfFile ??= new Map(store.values().map((entry) => [entry.filePath ?? '', entry.id]));
    const file = path.relative(root, fileURLToPath(fileUrl)).split(path.sep).join('/');
    const id = idOfFile.get(file);
    const entry = id === undefined ? undefined : store.get(id);
    return entry?.filePath === file ? entry : undefined;
  };
  return new Map(
    [...entryTypes].map(([extension, entryType]) => [
      extension,
      {
        ...entryType,
        getEntryInfo: (params: { contents: string; fileUrl: URL }) => {
          const stored = storedEntryOf(params.fileUrl);
          if (stored?.digest !== undefined && stored.digest === context.generateDigest(params.contents)) {
            return { data: { slug: stored.id }, body: stored.body ?? '', slug: stored.id, rawData: '' };
          }
          const file = fileURLToPath(params.fileUrl);
          const bad = findImpossibleDates(params.contents);
          if (bad.length > 0) badDatesOfFile.set(file, bad);
          else badDatesOfFile.delete(file);
          return entryType.getEntryInfo(params);
        },
      },
    ]),
  );
}
