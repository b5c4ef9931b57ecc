import { describe, expect, test } from 'vitest';
import { routes } from '../../src/lib/routes';
import { filterCounts, filterTemplates, sortTemplates } from '../../src/lib/templates/filters';
import type { TemplateData } from '../../src/schemas/template';

const t = (
  id: string,
  title: string,
  stage: TemplateData['stage'],
  audience: TemplateData['audience'],
) => ({
  id,
  data: { title, stage, audience },
});
const list = [
  t('plan', 'Tiltaksplan', 'kontraktsoppfolging', ['innkjoper', 'leverandor']),
  t('egen', 'Egenerklæring', 'konkurranse', ['leverandor']),
  t('krav', 'Kravbilag', 'konkurranse', ['innkjoper']),
  t('risiko', 'Risikovurdering', 'planlegging', ['innkjoper']),
];

describe('template filters', () => {
  test('sorts by procurement stage, then by title', () => {
    expect(sortTemplates(list).map((x) => x.id)).toEqual(['risiko', 'egen', 'krav', 'plan']);
  });

  test('filters by stage and by audience', () => {
    expect(filterTemplates(list, { stage: 'konkurranse' }).map((x) => x.id)).toEqual([
      'egen',
      'krav',
    ]);
    expect(filterTemplates(list, { audience: 'leverandor' }).map((x) => x.id)).toEqual([
      'egen',
      'plan',
    ]);
    expect(filterTemplates(list, {}).length).toBe(4);
  });

  test('counts the stages and audiences that find something, and leaves out those with none', () => {
    expect(filterCounts(list)).toEqual({
      stages: [
        { stage: 'planlegging', count: 1 },
        { stage: 'konkurranse', count: 2 },
        { stage: 'kontraktsoppfolging', count: 1 },
      ],
      audiences: [
        { audience: 'leverandor', count: 2 },
        { audience: 'innkjoper', count: 3 },
      ],
    });
  });
});

describe('template addresses', () => {
  test('filter pages, and downloads at a stable and a versioned address', () => {
    expect(routes.templatesForStage('konkurranse')).toBe('/maler/fase/konkurranse/');
    expect(routes.templatesForAudience('leverandor')).toBe('/maler/for/leverandor/');
    expect(routes.templateFile('egenerklaering', 'egenerklaering.docx')).toBe(
      '/maler/egenerklaering/egenerklaering.docx',
    );
    expect(routes.templateFileVersion('egenerklaering', '1.2', 'egenerklaering.docx')).toBe(
      '/maler/egenerklaering/1.2/egenerklaering.docx',
    );
    expect(routes.template('egenerklaering')).toBe('/maler/egenerklaering/');
    expect(routes.term('sosial-dialog')).toBe('/ordliste/sosial-dialog/');
    expect(routes.termAnchor('sosial-dialog')).toBe('/ordliste/#sosial-dialog');
  });
});
