/**
 * Issue 4 over the built site: every requirement's .docx and every category's .docx open as
 * Word files with the right text, the open-data files are complete and draft-free, and the
 * RSS feed of changes lists every requirement, newest first.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { coversCategory } from '../../src/lib/applicability';
import type { OpenRequirement, OpenRiskCategory } from '../../src/lib/requirements/open-data';
import { routes } from '../../src/lib/routes';
import { docxText } from '../unit/requirements-helpers';
import { url } from './browser';

const contentDir = path.resolve(process.env['PORTAL_CONTENT_DIR'] ?? 'content');

async function fetchOk(sitePath: string) {
  const response = await fetch(url(sitePath));
  expect(response.status, `HTTP status of ${sitePath}`).toBe(200);
  return response;
}
const getJson = async <T>(sitePath: string) => (await (await fetchOk(sitePath)).json()) as T;
const requirements = async () =>
  (await getJson<{ requirements: OpenRequirement[] }>(routes.openRequirements())).requirements;
const categories = async () =>
  (await getJson<{ riskCategories: OpenRiskCategory[] }>(routes.openRiskCategories()))
    .riskCategories;
const whitespace = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Ids of entries in a content folder whose frontmatter says draft: true. */
async function draftIds(folder: string): Promise<string[]> {
  const dir = path.join(contentDir, folder);
  const files = (await readdir(dir)).filter((f) => /\.mdx?$/.test(f));
  const drafts = await Promise.all(
    files.map(async (f) =>
      /^draft:\s*true\s*$/m.test(await readFile(path.join(dir, f), 'utf-8')) ? [f] : [],
    ),
  );
  return drafts.flat().map((f) => f.replace(/\.mdx?$/, ''));
}

describe('Word documents', () => {
  test('every requirement downloads as a .docx with title, text, duties, version and source URL', async () => {
    const all = await requirements();
    expect(all.length).toBeGreaterThan(0);
    for (const requirement of all) {
      const response = await fetchOk(routes.requirementDocx(requirement.id));
      const text = whitespace(docxText(Buffer.from(await response.arrayBuffer())));
      const what = `${requirement.id}.docx`;
      expect(text, what).toContain(`${requirement.code} ${requirement.title}`);
      for (const paragraph of requirement.requirementText.split(/\n\s*\n/)) {
        expect(text, what).toContain(whitespace(paragraph));
      }
      for (const duty of requirement.documentation) {
        expect(text, what).toContain(whitespace(duty.what));
        expect(text, what).toContain(whitespace(duty.when));
      }
      expect(text, what).toContain(`Versjon: ${requirement.version}`);
      expect(text, what).toContain(requirement.url);
    }
  });

  test('every category downloads as one .docx with each current requirement that covers it', async () => {
    const all = await requirements();
    for (const category of await categories()) {
      const response = await fetchOk(routes.categoryDocx(category.id));
      const text = whitespace(docxText(Buffer.from(await response.arrayBuffer())));
      expect(text).toContain(category.title);
      const expected = all.filter(
        (r) =>
          r.supersededBy === null &&
          coversCategory(
            { appliesTo: { ...r.appliesTo, riskCategories: ids(r.appliesTo.riskCategories) } },
            category,
          ),
      );
      expect(expected.map((r) => r.id).sort(), category.id).toEqual(
        [...category.requirements].sort(),
      );
      for (const requirement of expected)
        expect(text, category.id).toContain(`${requirement.code} ${requirement.title}`);
      if (expected.length === 0) expect(text).toContain('Ingen krav');
    }
  });
});

const ids = (value: 'alle-hoyrisiko' | string[]) =>
  value === 'alle-hoyrisiko' ? value : value.map((id) => ({ id }));

describe('open data', () => {
  test('lists every published requirement and category, no drafts, each with a working page', async () => {
    const all = await requirements();
    const draftRequirements = await draftIds('requirements');
    for (const id of draftRequirements) expect(all.map((r) => r.id)).not.toContain(id);
    for (const id of await draftIds('risk-categories'))
      expect((await categories()).map((c) => c.id)).not.toContain(id);
    for (const requirement of all) {
      expect(new URL(requirement.url).pathname).toBe(routes.requirement(requirement.id));
      await fetchOk(routes.requirement(requirement.id));
      if (requirement.supersedes) {
        expect(all.find((r) => r.id === requirement.supersedes)?.supersededBy).toBe(requirement.id);
      }
    }
  });

  test('each file is valid against the JSON Schema served beside it', async () => {
    for (const [data, schema] of [
      [routes.openRequirements(), routes.openRequirementsSchema()],
      [routes.openRiskCategories(), routes.openRiskCategoriesSchema()],
    ] as const) {
      const errors = validate(await getJson<JsonSchema>(schema), await getJson<unknown>(data));
      expect(errors, data).toEqual([]);
    }
    // And the check can fail: a field the schema does not document is refused.
    const file = await getJson<{ requirements: Record<string, unknown>[] }>(
      routes.openRequirements(),
    );
    file.requirements[0] = { ...file.requirements[0], draft: true };
    expect(
      validate(await getJson<JsonSchema>(routes.openRequirementsSchema()), file),
    ).toContainEqual(expect.stringContaining('requirements[0].draft'));
  });

  test('each file names its JSON Schema, which is served beside it', async () => {
    for (const [data, schema] of [
      [routes.openRequirements(), routes.openRequirementsSchema()],
      [routes.openRiskCategories(), routes.openRiskCategoriesSchema()],
    ] as const) {
      const file = await getJson<{ $schema: string; version: string }>(data);
      expect(new URL(file.$schema).pathname).toBe(schema);
      const published = await getJson<{
        $id: string;
        $schema: string;
        properties: Record<string, unknown>;
      }>(schema);
      expect(published.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(Object.keys(published.properties)).toEqual(Object.keys(file));
    }
  });
});

describe('RSS feed of changes', () => {
  test('has one item per requirement, newest first, linking to its page', async () => {
    const xml = await (await fetchOk(routes.requirementChangesFeed())).text();
    expect(xml).toContain('<rss');
    const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1] ?? '');
    const all = await requirements();
    expect(items).toHaveLength(all.length);
    const dates = items.map((item) =>
      Date.parse(/<pubDate>([^<]+)<\/pubDate>/.exec(item)?.[1] ?? ''),
    );
    expect(dates).toEqual(dates.toSorted((a, b) => b - a));
    const links = items.map(
      (item) => new URL(/<link>([^<]+)<\/link>/.exec(item)?.[1] ?? '').pathname,
    );
    expect(links.toSorted()).toEqual(all.map((r) => routes.requirement(r.id)).toSorted());
  });
});

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  minimum?: number;
}

/** The part of JSON Schema 2020-12 that zod's toJSONSchema writes for these files; errors as "path: what". */
function validate(schema: JsonSchema, value: unknown, at = '$'): string[] {
  if (schema.anyOf) {
    return schema.anyOf.some((branch) => validate(branch, value, at).length === 0)
      ? []
      : [`${at}: matches no alternative`];
  }
  if ('const' in schema && value !== schema.const)
    return [`${at}: expected ${JSON.stringify(schema.const)}`];
  if (schema.enum && !schema.enum.includes(value))
    return [`${at}: ${JSON.stringify(value)} is not in the enum`];
  const kind = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  const types = schema.type === undefined ? [] : [schema.type].flat();
  const typeOk =
    types.length === 0 ||
    types.some((t) => t === kind || (t === 'integer' && Number.isInteger(value)));
  if (!typeOk) return [`${at}: expected ${types.join(' or ')}, found ${kind}`];
  const errors: string[] = [];
  if (typeof value === 'string') {
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value))
      errors.push(`${at}: does not match ${schema.pattern}`);
    if (schema.format === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value))
      errors.push(`${at}: not a date`);
    if (schema.format === 'uri' && !URL.canParse(value)) errors.push(`${at}: not a URL`);
  }
  if (typeof value === 'number' && schema.minimum !== undefined && value < schema.minimum)
    errors.push(`${at}: below ${schema.minimum}`);
  if (Array.isArray(value) && schema.items) {
    value.forEach((item, i) => errors.push(...validate(schema.items!, item, `${at}[${i}]`)));
  }
  if (kind === 'object' && schema.properties) {
    const object = value as Record<string, unknown>;
    for (const key of schema.required ?? [])
      if (!(key in object)) errors.push(`${at}.${key}: missing`);
    for (const [key, item] of Object.entries(object)) {
      const sub = schema.properties[key];
      if (sub) errors.push(...validate(sub, item, `${at}.${key}`));
      else if (schema.additionalProperties === false)
        errors.push(`${at}.${key}: not in the schema`);
    }
  }
  return errors;
}
