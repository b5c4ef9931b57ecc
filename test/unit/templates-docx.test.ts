import { createHash } from 'node:crypto';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, test } from 'vitest';
import { docxText, generateDocx } from '../../src/lib/templates/docx';

const source = {
  title: 'Tiltaksplan etter skrivebordsrevisjon',
  subtitle: 'Versjon 1.0 · endret 24. august 2026',
  author: 'UKE',
  date: new Date('2026-08-24T00:00:00Z'),
  body: [
    '## Funn',
    '',
    'Revisjonen fant **tre avvik** hos <Term id="skrivebordsrevisjon">leverandøren</Term>.',
    '',
    '- Overtid',
    '- Lønn',
    '',
    '4. Fjerde punkt',
    '',
    '| Tiltak | Ansvarlig |',
    '| --- | --- |',
    '| Opplæring | Kvalitetsleder |',
  ].join('\n'),
};

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('generateDocx', () => {
  test('writes the title, version line and the body as Word paragraphs', async () => {
    const docx = await generateDocx(source);
    expect(strFromU8(docx.subarray(0, 2))).toBe('PK');
    expect(docxText(docx)).toEqual([
      'Tiltaksplan etter skrivebordsrevisjon',
      'Versjon 1.0 · endret 24. august 2026',
      'Funn',
      'Revisjonen fant tre avvik hos leverandøren.',
      'Overtid',
      'Lønn',
      'Fjerde punkt',
      'Tiltak',
      'Ansvarlig',
      'Opplæring',
      'Kvalitetsleder',
    ]);
  });

  test('uses Word headings, lists and a table, and keeps a list that starts at 4 at 4', async () => {
    const files = unzipSync(await generateDocx(source));
    const document = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    expect(document).toContain('<w:pStyle w:val="Title"/>');
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
    expect(document).toContain('<w:tbl>');
    expect(document).toMatch(/<w:b\/>|<w:b w:val="true"\/>/);
    const numbering = strFromU8(files['word/numbering.xml'] ?? new Uint8Array());
    expect(numbering).toContain('<w:start w:val="4"/>');
  });

  test('gives the same bytes for the same text, so a version keeps its checksum between builds', async () => {
    const first = await generateDocx(source);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await generateDocx(source);
    expect(sha256(second)).toBe(sha256(first));
    const core = strFromU8(unzipSync(first)['docProps/core.xml'] ?? new Uint8Array());
    expect(core).toContain('2026-08-24T00:00:00Z');
    expect(
      sha256(await generateDocx({ ...source, body: `${source.body}\n\nEn linje til.` })),
    ).not.toBe(sha256(first));
  });
});
