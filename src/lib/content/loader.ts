/**
 * The one loader every collection uses: Astro's glob loader over `content/<folder>/`,
 * turning a failed validation into a message that names the file, the field, what was
 * found and what was expected, so an editor's mistake fails the build in plain words.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { findImpossibleDates } from '../dates';
import { EditorError, problemsFromIssues } from '../editor-errors';
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
      return inner.load({
        ...context,
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
          if (props.filePath) {
            const bad = findImpossibleDates(await readFile(props.filePath, 'utf-8'));
            if (bad.length > 0) throw new EditorError(file, bad);
          }
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
      });
    },
  };
}
