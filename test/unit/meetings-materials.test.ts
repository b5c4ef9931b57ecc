import { describe, expect, test } from 'vitest';
import {
  fileFormat,
  formatFileSize,
  materialDescription,
  materialFileName,
  materialPathProblems,
  missingMaterial,
} from '../../src/lib/meetings/materials';

describe('materials', () => {
  test('the URL name is the file name without folders', () => {
    expect(materialFileName('files/2026-03-arbeidsklaer/referat.pdf')).toBe('referat.pdf');
  });

  test('paths that leave content/meetings/ or clash are named by field', () => {
    expect(materialPathProblems(['files/a/referat.pdf', 'files/a/sider.pdf'])).toEqual([]);
    const problems = materialPathProblems([
      '../../secret.txt',
      'files/a/referat.pdf',
      'files/b/referat.pdf',
    ]);
    expect(problems.map((p) => p.field)).toEqual(['materials[0].file', 'materials[2].file']);
    expect(problems[1]?.found).toContain('materials[1].file');
  });

  test('a missing file names the field, what was written and where we looked', () => {
    expect(
      missingMaterial(0, 'files/a/referat.pdf', 'content/meetings/files/a/referat.pdf'),
    ).toEqual({
      field: 'materials[0].file',
      found:
        '«files/a/referat.pdf», men filen finnes ikke (så etter content/meetings/files/a/referat.pdf)',
      expected:
        'en fil som ligger under content/meetings/, for eksempel «files/<møte-id>/referat.pdf»',
    });
  });

  test.each([
    [0, '0 byte'],
    [999, '999 byte'],
    [1000, '1 kB'],
    [820_400, '820 kB'],
    [1_400_000, '1,4 MB'],
    [12_000_000, '12 MB'],
  ])('%i bytes is %s', (bytes, text) => {
    expect(formatFileSize(bytes)).toBe(text);
  });

  test('formats are named from the extension', () => {
    expect(fileFormat('a/b/Referat.PDF')).toBe('PDF');
    expect(fileFormat('sider.pptx')).toBe('PowerPoint');
    expect(fileFormat('data.csv')).toBe('CSV');
  });

  test('plain text and a file without an extension are named in the page’s language', () => {
    expect(fileFormat('notater.md')).toBe('Tekst');
    expect(fileFormat('notater.txt', 'en')).toBe('Text');
    expect(fileFormat('files/referat')).toBe('Fil');
    expect(fileFormat('files/referat', 'en')).toBe('File');
    // Product names and other extensions are the same in both languages.
    expect(fileFormat('sider.pptx', 'en')).toBe('PowerPoint');
    expect(fileFormat('data.csv', 'en')).toBe('CSV');
  });

  test('the description under a material: format and size in the page’s language', () => {
    expect(materialDescription('referat.pdf', 1_400_000)).toBe('PDF, 1,4 MB');
    expect(materialDescription('referat.pdf', 1_400_000, 'en')).toBe('PDF, 1.4 MB');
    expect(materialDescription('files/referat', 820_400, 'en')).toBe('File, 820 kB');
  });
});
