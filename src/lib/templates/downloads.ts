/**
 * A template's downloads: the files stored beside the entry in content/templates/ and, for
 * text templates, a .docx generated from the entry's body. Each download gets a stable address
 * (the same across versions) and a versioned one, and its size and SHA-256 are computed here,
 * at build time. Anything an editor got wrong fails the build naming the file and the field.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { EditorError, type Problem } from '../editor-errors';
import { strings } from '../../i18n';
import { formatDate } from '../dates';
import { memoFromMainThread } from '../content/build-memo';
import { generateDocx, type DocxSource } from './docx';
import type { TemplateData } from '../../schemas/template';

type FileFormat = TemplateData['files'][number]['format'];

/** What the downloads are computed from: a template entry, as the content layer hands it out. */
export interface TemplateSource {
  id: string;
  filePath?: string | undefined;
  body?: string | undefined;
  data: TemplateData;
}

/** A download as the checks find it, before its bytes are read or made. */
export interface DownloadFile {
  /** The file's name in its addresses, e.g. "egenerklaering.docx". */
  fileName: string;
  title: string;
  format: FileFormat;
  /** True for the .docx made from the entry's text. */
  generated: boolean;
  /** Reads the stored file, or makes the .docx. */
  read: () => Promise<Uint8Array>;
}

export interface Download extends Omit<DownloadFile, 'read'> {
  bytes: Uint8Array;
  size: number;
  /** Hex SHA-256 of the bytes. */
  sha256: string;
}

/** Letters, digits, dot, hyphen and underscore: names that read the same in every address. */
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

const EXTENSIONS: Record<FileFormat, string> = {
  docx: '.docx',
  xlsx: '.xlsx',
  pdf: '.pdf',
  odt: '.odt',
};

/** The name of the .docx generated from a template's text. */
export const generatedDocxName = (templateId: string) => `${templateId}.docx`;

// Templates are Norwegian only (issue 15): their documents use the Norwegian words.
const { t, format } = strings('nb');

/** Problems with the version history that the schema alone cannot see. */
export function checkVersionHistory(data: Pick<TemplateData, 'version' | 'changes'>): Problem[] {
  const problems: Problem[] = [];
  const newest = data.changes[0];
  if (newest && newest.version !== data.version) {
    problems.push({
      field: 'changes[0].version',
      found: `«${newest.version}»`,
      expected: `«${data.version}», det samme som i «version»: den nyeste versjonen står først i «changes»`,
    });
  }
  const seen = new Map<string, number>();
  data.changes.forEach((change, i) => {
    const first = seen.get(change.version);
    if (first !== undefined) {
      problems.push({
        field: `changes[${i}].version`,
        found: `«${change.version}», som også står i changes[${first}].version`,
        expected: 'hver versjon bare én gang',
      });
    } else seen.set(change.version, i);
    const previous = data.changes[i - 1];
    if (previous && change.date.getTime() > previous.date.getTime()) {
      problems.push({
        field: `changes[${i}].date`,
        found: `«${change.date.toISOString().slice(0, 10)}», som er senere enn versjonen over`,
        expected: 'den nyeste versjonen først, så eldre versjoner nedover',
      });
    }
  });
  return problems;
}

/** The date the current version was published: the newest entry in `changes`. */
export const versionDate = (data: Pick<TemplateData, 'changes' | 'updated'>): Date =>
  data.changes[0]?.date ?? data.updated;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Checks every download of a template and names it, without reading or making its bytes (what
 * the file routes' paths need). `templatesRoot` is content/templates/ (the folder `files[].file`
 * is relative to).
 */
export async function templateFiles(
  entry: TemplateSource,
  templatesRoot: string,
): Promise<DownloadFile[]> {
  const problems: Problem[] = [...checkVersionHistory(entry.data)];
  const downloads: DownloadFile[] = [];
  const names = new Map<string, string>();
  const claim = (name: string, field: string): boolean => {
    const owner = names.get(name);
    if (owner) {
      problems.push({
        field,
        found: `filnavnet «${name}», som også brukes av ${owner}`,
        expected:
          'ulike filnavn for hver fil i malen, fordi filnavnet er en del av nedlastingsadressen',
      });
      return false;
    }
    names.set(name, field);
    return true;
  };

  for (const [i, file] of entry.data.files.entries()) {
    const field = `files[${i}].file`;
    const absolute = path.resolve(templatesRoot, file.file);
    const fileName = path.basename(file.file);
    const where = path.relative(process.cwd(), absolute);
    if (path.isAbsolute(file.file) || !absolute.startsWith(templatesRoot + path.sep)) {
      problems.push({
        field,
        found: `«${file.file}», som peker ut av mappen med maler`,
        expected: `en sti inne i ${path.relative(process.cwd(), templatesRoot)}/, for eksempel «files/${entry.id}/${fileName || 'mal.pdf'}»`,
      });
      continue;
    }
    if (!SAFE_NAME.test(fileName)) {
      problems.push({
        field,
        found: `filnavnet «${fileName}»`,
        expected:
          'et filnavn med bare a–z, 0–9, punktum, bindestrek og understrek (ingen mellomrom eller æøå)',
      });
      continue;
    }
    if (!fileName.toLowerCase().endsWith(EXTENSIONS[file.format])) {
      problems.push({
        field: `files[${i}].format`,
        found: `«${file.format}», men filen «${fileName}» har en annen endelse`,
        expected: `et format som passer filen, eller en fil som slutter på ${EXTENSIONS[file.format]}`,
      });
      continue;
    }
    const info = await stat(absolute).catch(() => undefined);
    if (!info?.isFile()) {
      problems.push({
        field,
        found: `«${file.file}», men ${where} finnes ikke`,
        expected: `en fil som ligger i ${path.relative(process.cwd(), templatesRoot)}/ med akkurat denne stien`,
      });
      continue;
    }
    if (info.size === 0) {
      problems.push({
        field,
        found: `«${file.file}», som er tom (0 byte)`,
        expected: 'en fil med innhold; legg inn den ferdige filen på nytt',
      });
      continue;
    }
    if (!claim(fileName, field)) continue;
    downloads.push({
      fileName,
      title: file.title,
      format: file.format,
      generated: false,
      read: async () => new Uint8Array(await readFile(absolute)),
    });
  }

  if (entry.data.generateDocx) {
    const body = entry.body ?? '';
    if (body.trim() === '') {
      problems.push({
        field: 'generateDocx',
        found: 'true, men filen har ingen tekst under frontmatter',
        expected: 'teksten til malen under frontmatter, eller generateDocx: false',
      });
    } else if (claim(generatedDocxName(entry.id), 'generateDocx')) {
      const date = versionDate(entry.data);
      const source: DocxSource = {
        title: entry.data.title,
        subtitle: format('templates.docxSubtitle', {
          version: entry.data.version,
          date: formatDate(date),
          publisher: t('site.publisher'),
        }),
        author: t('site.publisher'),
        body,
        format: entry.filePath?.endsWith('.mdx') ? 'mdx' : 'md',
        date,
      };
      downloads.push({
        fileName: generatedDocxName(entry.id),
        title: entry.data.title,
        format: 'docx',
        generated: true,
        // Made once per build: a render thread takes the main thread's document, made in the
        // file routes' getStaticPaths before any page (src/lib/content/templates.ts).
        read: () =>
          memoFromMainThread('template-docx', JSON.stringify(source), () => generateDocx(source)),
      });
    }
  }

  if (problems.length > 0) {
    throw new EditorError(entry.filePath ?? `templates/${entry.id}`, problems);
  }
  return downloads;
}

/** The downloads with their bytes, size and SHA-256. */
export const withBytes = (files: readonly DownloadFile[]): Promise<Download[]> =>
  Promise.all(
    files.map(async ({ read, ...file }) => {
      const bytes = await read();
      return { ...file, bytes, size: bytes.length, sha256: sha256(bytes) };
    }),
  );

/** Reads, makes and checks every download of a template (templateFiles, then withBytes). */
export async function templateDownloads(
  entry: TemplateSource,
  templatesRoot: string,
): Promise<Download[]> {
  return withBytes(await templateFiles(entry, templatesRoot));
}

/** "24 kB", "1,3 MB": sizes as a reader reads them (Norwegian decimal comma, 1 kB = 1000 bytes). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} byte`;
  const units = ['kB', 'MB', 'GB'] as const;
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const rounded = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  return `${rounded.toLocaleString('nb-NO')} ${units[unit]}`;
}
