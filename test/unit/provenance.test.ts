import { describe, expect, test } from 'vitest';
import {
  factsAreOld,
  inventedFacts,
  plainSource,
  provenanceProblems,
  provenanceRows,
  sourceDateText,
  sourceLine,
} from '../../src/lib/provenance';
import { exampleLabelHtml, fictionalMarkHtml, partlyFictionalLabelHtml } from '../../src/lib/html';

const uke = {
  title: 'Erfaringer med sosial dialog i anskaffelse og kontraktsoppfølging av arbeidstøy – UKE',
  publisher: 'Utviklings- og kompetanseetaten (UKE), Oslo kommune',
  date: 2020,
};
const lovdata = {
  title: 'Anskaffelsesforskriften',
  publisher: 'Lovdata',
  date: new Date('2016-08-12T00:00:00Z'),
  url: 'https://lovdata.no/dokument/SF/forskrift/2016-08-12-974',
};
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('provenance', () => {
  test('a source reads as a year or a Norwegian date; machine outputs get ISO and null for no url', () => {
    expect(sourceDateText(2020)).toBe('2020');
    expect(sourceDateText(lovdata.date)).toBe('12. august 2016');
    expect(sourceLine(uke)).toBe(`${uke.title}. ${uke.publisher}, 2020.`);
    expect(sourceLine(lovdata)).toBe(
      'Anskaffelsesforskriften. Lovdata, 12. august 2016. https://lovdata.no/dokument/SF/forskrift/2016-08-12-974',
    );
    expect(plainSource(uke)).toEqual({ ...uke, date: '2020', url: null });
    expect(plainSource(lovdata).date).toBe('2016-08-12');
  });

  test('only a published entry with neither source nor example mark is a problem', () => {
    const base = { draft: false, example: false, sources: [] };
    expect(provenanceProblems(base)).toHaveLength(1);
    expect(provenanceProblems(base)[0]?.field).toBe('sources');
    expect(provenanceProblems({ ...base, example: true })).toEqual([]);
    expect(provenanceProblems({ ...base, draft: true })).toEqual([]);
    expect(provenanceProblems({ ...base, sources: [uke] })).toEqual([]);
  });

  test('facts are old when more than three years lie between their year and the build date', () => {
    expect(factsAreOld({ factsAsOf: 2020 }, day('2023-12-31'))).toBe(false);
    expect(factsAreOld({ factsAsOf: 2020 }, day('2024-01-01'))).toBe(true);
    expect(factsAreOld({ factsAsOf: undefined }, day('2030-01-01'))).toBe(false);
  });

  test('the overview lists old facts first, then illustrations, then sourced entries', () => {
    const entry = (id: string, data: Record<string, unknown>) => ({
      collection: 'pages' as const,
      id,
      filePath: `content/pages/${id}.md`,
      data: { title: id, draft: false, example: false, sources: [uke], ...data },
    });
    const rows = provenanceRows(
      [
        entry('a-kilde', {}),
        entry('b-fiktiv', { example: true, sources: [] }),
        entry('c-gammel', { factsAsOf: 2020 }),
        entry('d-delvis', { illustrativeFields: ['code'] }),
      ],
      day('2026-11-30'),
      (e) => `/om/${e.id}/`,
    );
    expect(rows.map((r) => [r.id, r.status, r.factsOld])).toEqual([
      ['c-gammel', 'sourced', true],
      ['b-fiktiv', 'illustration', false],
      ['a-kilde', 'sourced', false],
      ['d-delvis', 'partly-illustrative', false],
    ]);
    expect(rows[0]?.url).toBe('/om/c-gammel/');
  });
});

describe('in English', () => {
  test('the note on invented facts and the labels are in the page’s language', () => {
    expect(inventedFacts({ illustrativeFields: ['code', 'version'] }, 'en').note).toBe(
      'The requirement text is UKE’s, but these are the portal’s own details, not found in the source: requirement number, version.',
    );
    expect(exampleLabelHtml({ locale: 'en', note: true })).toContain('>Fictional example</a>');
    expect(fictionalMarkHtml('en')).toContain('>fictional</a>');
    expect(partlyFictionalLabelHtml('en')).toContain(
      '>With a source, but some details are fictional</a>',
    );
  });
});
