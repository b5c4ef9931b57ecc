/**
 * Meeting materials: files under content/meetings/ named in an entry's `materials`. Pure checks
 * and formatting here; the data layer (src/lib/content/meetings.ts) does the file system.
 */
import path from 'node:path';
import { strings, type Locale } from '../../i18n';
import { perLocale } from '../../i18n/format';
import type { Problem } from '../editor-errors';

/** The name a material gets in its URL: the file's own name, without folders. */
export const materialFileName = (file: string) => path.posix.basename(file.replaceAll('\\', '/'));

/**
 * Problems with where the materials point, before looking at the disk: a path that leaves
 * content/meetings/, or two files with the same name (they would share one URL).
 */
export function materialPathProblems(files: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  files.forEach((file, i) => {
    const normalised = path.posix.normalize(file.replaceAll('\\', '/'));
    if (path.posix.isAbsolute(normalised) || normalised.startsWith('../') || normalised === '..') {
      problems.push({
        field: `materials[${i}].file`,
        found: `«${file}», som peker ut av content/meetings/`,
        expected: 'en sti inne i content/meetings/, for eksempel «files/<møte-id>/referat.pdf»',
      });
      return;
    }
    const name = materialFileName(file);
    const first = seen.get(name);
    if (first !== undefined) {
      problems.push({
        field: `materials[${i}].file`,
        found: `«${file}», som har samme filnavn som materials[${first}].file`,
        expected: 'et filnavn som ingen andre filer fra samme møte har',
      });
    } else seen.set(name, i);
  });
  return problems;
}

/** The problem for a material that is not on disk. */
export function missingMaterial(index: number, file: string, lookedAt: string): Problem {
  return {
    field: `materials[${index}].file`,
    found: `«${file}», men filen finnes ikke (så etter ${lookedAt})`,
    expected:
      'en fil som ligger under content/meetings/, for eksempel «files/<møte-id>/referat.pdf»',
  };
}

const sizeFormat = perLocale((tag) => new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }));

/** "820 kB", "1,4 MB" (English "1.4 MB"): a size a reader can weigh before downloading on a phone. */
export function formatFileSize(bytes: number, locale: Locale = 'nb'): string {
  if (!Number.isFinite(bytes) || bytes < 0) throw new RangeError(`formatFileSize got ${bytes}`);
  if (bytes < 1000) return `${bytes} byte`;
  if (bytes < 1_000_000) return `${Math.max(1, Math.round(bytes / 1000))} kB`;
  return `${sizeFormat(locale).format(bytes / 1_000_000)} MB`;
}

/** Formats known by their product's name, the same in every language. */
const NAMED_FORMATS: Record<string, string> = {
  pdf: 'PDF',
  pptx: 'PowerPoint',
  ppt: 'PowerPoint',
  docx: 'Word',
  doc: 'Word',
  xlsx: 'Excel',
  odt: 'OpenDocument',
  odp: 'OpenDocument',
};
const TEXT_FORMATS = new Set(['txt', 'md']);

/**
 * "PDF", "PowerPoint" ... from the file name; plain text and a file without an extension in the
 * page's language (the dictionary), any other extension in capitals ("CSV").
 */
export function fileFormat(file: string, locale: Locale = 'nb'): string {
  const ext = path.posix.extname(file).slice(1).toLowerCase();
  const named = NAMED_FORMATS[ext];
  if (named) return named;
  const { t } = strings(locale);
  if (TEXT_FORMATS.has(ext)) return t('meetings.formatText');
  return ext ? ext.toUpperCase() : t('meetings.formatUnknown');
}

/** "PDF, 1,4 MB" (English "PDF, 1.4 MB"): what a material's link says about the file. */
export function materialDescription(file: string, bytes: number, locale: Locale = 'nb'): string {
  return strings(locale).format('meetings.materialFile', {
    format: fileFormat(file, locale),
    size: formatFileSize(bytes, locale),
  });
}
