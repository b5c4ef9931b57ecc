import { describe, expect, it } from 'vitest';
import {
  describeFields,
  jsonSchemaOf,
  OPEN_DATA_VERSION,
  requirementsFileSchema,
  riskCategoriesFileSchema,
  toOpenRequirement,
  toOpenRiskCategory,
} from '../../src/lib/requirements/open-data';
import { sampleRequirement } from './requirements-helpers';

const base = 'https://etiskhandel.uke.oslo.kommune.no';

describe('open data', () => {
  const requirement = toOpenRequirement(
    { id: 'sosial-dialog', data: sampleRequirement() },
    {
      url: `${base}/krav/sosial-dialog/`,
      docxUrl: `${base}/krav/sosial-dialog.docx`,
      supersededBy: undefined,
    },
  );

  it('turns references into ids and dates into YYYY-MM-DD', () => {
    expect(requirement.appliesTo.riskCategories).toEqual(['arbeidsklaer-sko-verneutstyr']);
    expect(requirement.supersedes).toBe('sosial-dialog-v1');
    expect(requirement.supersededBy).toBeNull();
    expect(requirement.effectiveFrom).toBe('2026-01-01');
    expect(requirement.legalBasis[1]).toEqual({
      title: 'Byrådssak om etisk handel (2012)',
      url: null,
    });
    expect(requirement).not.toHaveProperty('draft');
    expect(requirement).not.toHaveProperty('reviewBy');
  });

  it('produces files that match their published schema', () => {
    const file = {
      $schema: `${base}/data/requirements.schema.json`,
      version: OPEN_DATA_VERSION,
      publisher: 'UKE',
      requirements: [requirement],
    };
    expect(requirementsFileSchema.parse(file)).toEqual(file);
    const category = toOpenRiskCategory(
      {
        id: 'tekstiler',
        data: {
          title: 'Tekstiler',
          summary: 'Sengetøy, håndklær og gardiner.',
          highRisk: true,
          products: ['Sengetøy'],
          risks: [],
          classifiedBy: ['dfo'],
          sources: [{ title: 'Kilde', publisher: 'UKE, Oslo kommune', date: 2020 }],
          draft: false,
          example: false,
          changes: [],
          updated: new Date('2026-10-01T00:00:00Z'),
          reviewBy: new Date('2027-10-01T00:00:00Z'),
        },
      },
      { url: `${base}/krav/kategori/tekstiler/`, requirements: ['sosial-dialog'] },
    );
    const categories = {
      $schema: `${base}/data/risk-categories.schema.json`,
      version: OPEN_DATA_VERSION,
      publisher: 'UKE',
      riskCategories: [category],
    };
    expect(riskCategoriesFileSchema.parse(categories)).toEqual(categories);
  });

  it('rejects fields the schema does not document', () => {
    const file = {
      $schema: `${base}/x`,
      version: OPEN_DATA_VERSION,
      publisher: 'UKE',
      requirements: [{ ...requirement, draft: true }],
    };
    expect(requirementsFileSchema.safeParse(file).success).toBe(false);
  });

  it('generates a JSON Schema with every field described', () => {
    const schema = jsonSchemaOf(requirementsFileSchema, `${base}/data/requirements.schema.json`);
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['$id']).toBe(`${base}/data/requirements.schema.json`);
    expect(schema['additionalProperties']).toBe(false);
    const fields = describeFields(schema);
    const paths = fields.map((f) => f.path);
    expect(paths).toContain('requirements[].appliesTo.valueOverNok');
    expect(paths).toContain('requirements[].documentation[].when');
    expect(fields.filter((f) => !f.description).map((f) => f.path)).toEqual([]);
    expect(fields.find((f) => f.path === 'requirements[].kind')?.type).toContain(
      '"kvalifikasjonskrav"',
    );
  });
});
