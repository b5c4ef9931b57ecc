/**
 * Issue 4, "bad input": a requirement that references an unknown category or an unknown
 * superseded entry, a threshold below zero, or two requirements with the same id fails the
 * build, naming the file and the field. One build per kind of check, as the build reports every
 * broken reference at once and every schema problem of a file at once; on a copy of
 * test/fixtures/base.
 */
import { describe, expect, test } from 'vitest';
import { messageAfter } from './fixture-site';

const REQUIREMENT = 'requirements/fixturkrav.md';

describe('a broken requirement fails the build, naming the file and the field', () => {
  test('an unknown risk category and an unknown superseded requirement', async () => {
    // References are checked across the whole site after loading, so one build reports both.
    const message = await messageAfter(async (s) => {
      await s.edit(
        REQUIREMENT,
        'riskCategories: [fixturkategori]',
        'riskCategories: [fixturkategori, romfart]',
      );
      await s.edit(REQUIREMENT, 'version: "1.0"', 'version: "2.0"\nsupersedes: fixturkrav-v1');
    });
    expect(message).toMatchInlineSnapshot(`
      "Innholdet har 1 fil(er) med feil:
      Feil i content/requirements/fixturkrav.md:
        - feltet «appliesTo.riskCategories[1]»: fant «romfart», som ikke finnes i riskCategories, forventet id-en til en oppføring i riskCategories (fixturkategori)
        - feltet «supersedes»: fant «fixturkrav-v1», som ikke finnes i requirements, forventet id-en til en oppføring i requirements (fixturkrav)"
    `);
  });

  test('a threshold below zero and a documentation duty with a phase that is not one of the four', async () => {
    // Both are the schema's findings in one file, so one build reports both.
    const message = await messageAfter(async (s) => {
      await s.edit(REQUIREMENT, 'valueOverNok: 500000', 'valueOverNok: -1');
      await s.edit(REQUIREMENT, '    phase: oppstart\n', '    phase: senere\n');
    });
    expect(message).toMatchInlineSnapshot(`
      "Feil i content/requirements/fixturkrav.md:
        - feltet «appliesTo.valueOverNok»: fant tallet -1, forventet et beløp på 0 kroner eller mer
        - feltet «documentation[0].phase»: fant «senere», forventet en av «tilbud», «oppstart», «kontraktsperiode», «arlig»"
    `);
  });

  test('two requirements with the same id', async () => {
    const message = await messageAfter(async (s) => {
      const { readFile } = await import('node:fs/promises');
      const text = await readFile(`${s.contentDir}/${REQUIREMENT}`, 'utf-8');
      // Same file name in another format: the id (the file name without extension) is taken twice.
      await s.write('requirements/fixturkrav.mdx', text.replace('code: FX-K1', 'code: FX-K2'));
    });
    // Which of the two files is parsed second varies, so the message may name either first.
    expect(message).toMatch(/^Feil i content\/requirements\/fixturkrav\.mdx?:\n/);
    expect(message).toMatch(
      /- feltet «\(filnavnet\)»: fant id-en «fixturkrav», som også brukes av content\/requirements\/fixturkrav\.mdx?, forventet et filnavn \(uten endelse\) som ingen annen oppføring i samlingen har$/,
    );
    expect(message).toContain('fixturkrav.md');
    expect(message).toContain('fixturkrav.mdx');
  });
});
