import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EditorError } from '../../src/lib/editor-errors';
import { docxText } from '../../src/lib/templates/docx';
import {
  checkVersionHistory,
  formatFileSize,
  generatedDocxName,
  templateDownloads,
  templateFiles,
  versionDate,
  type TemplateSource,
} from '../../src/lib/templates/downloads';
import type { TemplateData } from '../../src/schemas/template';

let root: string;
const pdf = Buffer.from('%PDF-1.4\n% veileder\n');

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'templates-'));
  await mkdir(path.join(root, 'files/veileder'), { recursive: true });
  await writeFile(path.join(root, 'files/veileder/veileder.pdf'), pdf);
  await writeFile(path.join(root, 'files/veileder/tom.pdf'), '');
});
afterAll(() => rm(root, { recursive: true, force: true }));

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function template(data: Partial<TemplateData> = {}, body = ''): TemplateSource {
  return {
    id: 'veileder',
    filePath: 'content/templates/veileder.md',
    body,
    data: {
      draft: false,
      example: false,
      sources: [],
      updated: day('2026-10-05'),
      reviewBy: day('2027-10-05'),
      title: 'Veileder',
      purpose: 'Hjelp',
      audience: ['innkjoper'],
      stage: 'kontraktsoppfolging',
      files: [{ file: 'files/veileder/veileder.pdf', format: 'pdf', title: 'Veileder (PDF)' }],
      requirements: [],
      generateDocx: false,
      version: '1.1',
      changes: [
        { version: '1.1', date: day('2026-10-05'), note: 'Nytt avsnitt.' },
        { version: '1.0', date: day('2026-04-08'), note: 'Første versjon.' },
      ],
      ...data,
    },
  };
}

/** The problems of a failing call, as plain data. */
async function problems(entry: TemplateSource) {
  const error = await templateDownloads(entry, root).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(EditorError);
  const editorError = error as EditorError;
  expect(editorError.file).toBe('content/templates/veileder.md');
  return editorError.problems;
}

describe('templateDownloads', () => {
  test('reads a stored file with its size and SHA-256', async () => {
    const [download, ...rest] = await templateDownloads(template(), root);
    expect(rest).toEqual([]);
    expect(download).toMatchObject({
      fileName: 'veileder.pdf',
      format: 'pdf',
      generated: false,
      size: pdf.length,
    });
    expect(download?.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));
  });

  test('a missing file names the entry, the field and where it looked', async () => {
    const [problem] = await problems(
      template({ files: [{ file: 'files/veileder/borte.pdf', format: 'pdf', title: 'Borte' }] }),
    );
    expect(problem?.field).toBe('files[0].file');
    expect(problem?.found).toContain('«files/veileder/borte.pdf»');
    expect(problem?.found).toContain('finnes ikke');
  });

  test('an empty file (0 bytes) fails', async () => {
    const [problem] = await problems(
      template({ files: [{ file: 'files/veileder/tom.pdf', format: 'pdf', title: 'Tom' }] }),
    );
    expect(problem).toMatchObject({
      field: 'files[0].file',
      found: '«files/veileder/tom.pdf», som er tom (0 byte)',
    });
  });

  test('a path out of the templates folder, an unsafe name and a wrong format fail', async () => {
    const found = await problems(
      template({
        files: [
          { file: '../../etc/passwd.pdf', format: 'pdf', title: 'Ut' },
          { file: 'files/veileder/Veileder ny.pdf', format: 'pdf', title: 'Mellomrom' },
          { file: 'files/veileder/veileder.pdf', format: 'docx', title: 'Feil format' },
        ],
      }),
    );
    expect(found.map((p) => p.field)).toEqual([
      'files[0].file',
      'files[1].file',
      'files[2].format',
    ]);
  });

  test('two files with the same name would share an address', async () => {
    const file = { file: 'files/veileder/veileder.pdf', format: 'pdf' as const, title: 'Veileder' };
    const [problem] = await problems(template({ files: [file, file] }));
    expect(problem?.field).toBe('files[1].file');
    expect(problem?.found).toContain('files[0].file');
  });

  test('generates a .docx from the text, named after the template', async () => {
    const downloads = await templateDownloads(
      template({ files: [], generateDocx: true }, '## Slik gjør du\n\nFølg stegene.'),
      root,
    );
    expect(downloads.map((d) => d.fileName)).toEqual([generatedDocxName('veileder')]);
    const docx = downloads[0];
    expect(docx?.generated).toBe(true);
    expect(docxText(docx?.bytes ?? new Uint8Array())).toEqual([
      'Veileder',
      'Versjon 1.1 · endret 5. oktober 2026 · Utviklings- og kompetanseetaten (UKE), Oslo kommune',
      'Slik gjør du',
      'Følg stegene.',
    ]);
  });

  test('names the downloads without reading or making them, for the file routes', async () => {
    const entry = template({ generateDocx: true }, '## Slik gjør du\n\nFølg stegene.');
    const files = await templateFiles(entry, root);
    expect(files.map(({ fileName, generated }) => ({ fileName, generated }))).toEqual([
      { fileName: 'veileder.pdf', generated: false },
      { fileName: generatedDocxName('veileder'), generated: true },
    ]);
    expect(await files[0]?.read()).toEqual(new Uint8Array(pdf));
    const downloads = await templateDownloads(entry, root);
    expect(await files[1]?.read()).toEqual(downloads[1]?.bytes);
  });

  test('a stored file named as the generated .docx would share its address', async () => {
    await writeFile(path.join(root, 'files/veileder/veileder.docx'), 'PK');
    const stored = { file: 'files/veileder/veileder.docx', format: 'docx' as const, title: 'Word' };
    const found = await problems(
      template({ files: [stored], generateDocx: true }, '## Slik gjør du\n\nFølg stegene.'),
    );
    expect(found).toEqual([
      {
        field: 'generateDocx',
        found: `filnavnet «${generatedDocxName('veileder')}», som også brukes av files[0].file`,
        expected:
          'ulike filnavn for hver fil i malen, fordi filnavnet er en del av nedlastingsadressen',
      },
    ]);
  });

  test('generateDocx without any text fails on that field', async () => {
    const [problem] = await problems(template({ files: [], generateDocx: true }, '\n  \n'));
    expect(problem?.field).toBe('generateDocx');
  });
});

describe('version history', () => {
  test('the newest change must be the current version', () => {
    expect(
      checkVersionHistory({
        version: '1.2',
        changes: [{ version: '1.1', date: day('2026-01-01'), note: 'x' }],
      }),
    ).toEqual([
      {
        field: 'changes[0].version',
        found: '«1.1»',
        expected: '«1.2», det samme som i «version»: den nyeste versjonen står først i «changes»',
      },
    ]);
  });

  test('repeated versions and dates out of order are named', () => {
    const found = checkVersionHistory({
      version: '1.1',
      changes: [
        { version: '1.1', date: day('2026-01-01'), note: 'x' },
        { version: '1.1', date: day('2026-02-01'), note: 'y' },
      ],
    });
    expect(found.map((p) => p.field)).toEqual(['changes[1].version', 'changes[1].date']);
  });

  test('the version date is the newest change', () => {
    expect(versionDate(template().data)).toEqual(day('2026-10-05'));
  });
});

describe('formatFileSize', () => {
  test.each([
    [0, '0 byte'],
    [999, '999 byte'],
    [1000, '1 kB'],
    [10_970, '11 kB'],
    [1_540, '1,5 kB'],
    [2_345_678, '2,3 MB'],
  ])('%i bytes is «%s»', (bytes, text) => {
    expect(formatFileSize(bytes).replace(/\u00a0/g, ' ')).toBe(text);
  });
});
