/**
 * The web editor's configuration (src/lib/cms/config.ts) against the schemas it is generated
 * from: every field has an editor field, with the widget, values, labels, references, hints
 * and required flags the schema implies, and the existing content passes the editor's checks.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { JSON_SCHEMA, load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { nb } from '../../src/i18n/nb';
import { COLLECTIONS, REGISTRY } from '../../src/lib/collections';
import {
  cmsCollections,
  cmsConfig,
  cmsConfigYaml,
  editorFieldAt,
  enumLabels,
  hiddenFields,
  missingEditorFields,
  type CmsField,
} from '../../src/lib/cms/config';
import { fieldReference } from '../../src/lib/field-reference';
import { source } from '../../src/schemas/fields';

const docs = fieldReference();
const collections = cmsCollections(docs);
const editor = (name: string) => {
  const found = collections.find((c) => c.name === name);
  if (!found) throw new Error(`no editor collection ${name}`);
  return found;
};
const field = (collection: string, name: string) => {
  const found = editorFieldAt(editor(collection).fields, name);
  if (!found) throw new Error(`no editor field ${collection}.${name}`);
  return found;
};

describe('every schema field has an editor field', () => {
  test('no field of any collection is missing', () => {
    expect(missingEditorFields(docs, collections)).toEqual([]);
  });

  test('a schema field left out of the editor is named', () => {
    const withoutStart = collections.map((c) =>
      c.name === 'meetings' ? { ...c, fields: c.fields.filter((f) => f.name !== 'start') } : c,
    );
    expect(missingEditorFields(docs, withoutStart)).toEqual(['meetings: start']);
    const withoutTime = collections.map((c) =>
      c.name === 'meetings'
        ? {
            ...c,
            fields: c.fields.map((f) =>
              f.name === 'agenda'
                ? { ...f, fields: (f['fields'] as CmsField[]).filter((s) => s.name !== 'time') }
                : f,
            ),
          }
        : c,
    );
    expect(missingEditorFields(docs, withoutTime)).toEqual(['meetings: agenda[].time']);
  });

  test('one editor collection per registry collection and file ending, over its folder', () => {
    for (const name of COLLECTIONS) {
      expect(editor(name)).toMatchObject({
        folder: `content/${REGISTRY[name].folder}`,
        extension: 'md',
        format: 'frontmatter',
      });
    }
    // MDX entries (with <Term>) exist among the requirements and lessons: Decap reads one ending per collection.
    expect(editor('requirements-mdx')).toMatchObject({ extension: 'mdx' });
    expect(editor('lessons-mdx')).toMatchObject({ extension: 'mdx', path: '{{course}}/{{slug}}' });
  });

  test('only appliesTo.riskCategories («alle-hoyrisiko» or a list) has no form control', () => {
    const hidden = docs.flatMap((doc) => hiddenFields(doc).map((f) => `${doc.collection}.${f}`));
    expect(hidden).toEqual(['requirements.appliesTo.riskCategories']);
    expect(field('requirements', 'appliesTo.riskCategories')).toMatchObject({
      widget: 'hidden',
      default: 'alle-hoyrisiko',
    });
  });
});

describe('widgets follow the schema', () => {
  test('enums are selects with the site’s labels', () => {
    expect(field('meetings', 'status')).toMatchObject({
      widget: 'select',
      options: [
        { value: 'planlagt', label: nb.meetingStatuses.planlagt },
        { value: 'gjennomfort', label: nb.meetingStatuses.gjennomfort },
        { value: 'avlyst', label: nb.meetingStatuses.avlyst },
      ],
    });
    expect(field('templates', 'audience')).toMatchObject({
      widget: 'select',
      multiple: true,
      min: 1,
    });
    expect(enumLabels(['tilbud', 'oppstart', 'kontraktsperiode', 'arlig'])).toBe(
      nb.documentationPhases,
    );
  });

  test('references search the target collection by title and store its id', () => {
    expect(field('meetings', 'procurements')).toMatchObject({
      widget: 'relation',
      collection: 'procurements',
      multiple: true,
      search_fields: ['title'],
      value_field: '{{slug}}',
    });
    expect(field('lessons', 'course')).toMatchObject({ widget: 'relation', collection: 'courses' });
    expect(field('lessons', 'course')['multiple']).toBeUndefined();
  });

  test('dates are dates and Oslo wall-clock times are date and time, written as the schema reads them', () => {
    expect(field('meetings', 'updated')).toMatchObject({
      widget: 'datetime',
      format: 'YYYY-MM-DD',
      time_format: false,
    });
    expect(field('meetings', 'start')).toMatchObject({
      widget: 'datetime',
      format: 'YYYY-MM-DDTHH:mm',
      time_format: 'HH:mm',
      picker_utc: false,
    });
  });

  test('lists and groups hold their fields; numbers keep their bounds', () => {
    // default: [] keeps Decap from starting an optional list with a blank item.
    expect(field('meetings', 'agenda')).toMatchObject({ widget: 'list', default: [] });
    expect(field('meetings', 'agenda[].time')).toMatchObject({
      widget: 'string',
      pattern: ['^\\d{2}:\\d{2}$', 'et klokkeslett skrevet "TT:MM"'],
    });
    expect(field('meetings', 'location.kind')).toMatchObject({ widget: 'select', required: true });
    expect(field('meetings', 'location.address')).toMatchObject({ required: false });
    expect(field('cases', 'actions')).toMatchObject({ widget: 'list', min: 1 });
    expect(field('procurements', 'estimatedValueNok')).toMatchObject({
      widget: 'number',
      value_type: 'int',
      min: 0,
    });
    expect(field('requirements', 'weightPercent')).toMatchObject({
      min: 0,
      max: 100,
      required: false,
    });
  });

  test('required follows the schema; a group’s fields are required only with the group', () => {
    expect(field('meetings', 'title').required).toBe(true);
    expect(field('meetings', 'agenda').required).toBe(false);
    expect(field('meetings', 'registration').required).toBe(false);
    expect(field('meetings', 'registration.deadline').required).toBe(false);
    expect(field('procurements', 'contact.email').required).toBe(true);
  });

  test('every hint is the field’s documentation line', () => {
    for (const doc of docs) {
      for (const schemaField of doc.fields) {
        const cms = field(doc.collection, schemaField.name);
        if (cms.widget === 'hidden') continue;
        expect(String(cms['hint']), `${doc.collection}.${schemaField.name}`).toContain(
          schemaField.description,
        );
      }
    }
    expect(field('meetings', 'end')['hint']).toMatch(/Bygget sjekker/);
  });
});

describe('values as the form saves them', () => {
  test('a source’s year typed in the form ("2020") is read as the year, a date as a date', () => {
    const base = {
      title: 'Anskaffelsesforskriften',
      publisher: 'Nærings- og fiskeridepartementet',
    };
    expect(source.parse({ ...base, date: '2020' }).date).toBe(2020);
    expect(source.parse({ ...base, date: 2020 }).date).toBe(2020);
    expect(source.parse({ ...base, date: '2020-06-15' }).date).toEqual(new Date('2020-06-15'));
    const pattern = new RegExp(
      (field('meetings', 'sources[].date')['pattern'] as string[])[0] ?? '',
    );
    expect(['2020', '2020-06-15'].every((v) => pattern.test(v))).toBe(true);
    expect(pattern.test('juni 2020')).toBe(false);
  });
});

describe('the configuration file', () => {
  test('uses the editorial workflow, and the local backend only when asked', () => {
    const local = cmsConfig({ localBackend: true, env: {} });
    expect(local).toMatchObject({
      publish_mode: 'editorial_workflow',
      local_backend: { url: 'http://localhost:8081/api/v1' },
    });
    expect(
      cmsConfig({ localBackend: true, env: { PORTAL_CMS_PROXY_PORT: '9000' } }).local_backend,
    ).toMatchObject({ url: 'http://localhost:9000/api/v1' });
    expect(local.backend).toMatchObject({ name: 'github', branch: 'main' });
    const production = cmsConfig({
      localBackend: false,
      env: {
        PORTAL_CMS_BACKEND: 'gitlab',
        PORTAL_CMS_REPO: 'uke/etisk-handel',
        PORTAL_CMS_BRANCH: 'trunk',
        PORTAL_CMS_BASE_URL: 'https://auth.example.org',
        PORTAL_CMS_APP_ID: 'abc123',
      },
    });
    expect(production).not.toHaveProperty('local_backend');
    expect(production.backend).toMatchObject({
      name: 'gitlab',
      repo: 'uke/etisk-handel',
      branch: 'trunk',
      base_url: 'https://auth.example.org',
      auth_type: 'pkce',
      app_id: 'abc123',
    });
    expect(() => cmsConfig({ localBackend: false, env: { PORTAL_CMS_BACKEND: 'svn' } })).toThrow(
      /PORTAL_CMS_BACKEND er «svn»/,
    );
  });

  test('config.yml is YAML that reads back as the configuration', () => {
    const text = cmsConfigYaml({ localBackend: false, env: {} });
    expect(load(text)).toEqual(
      JSON.parse(JSON.stringify(cmsConfig({ localBackend: false, env: {} }))),
    );
  });
});

describe('the editor accepts the content the build accepts', () => {
  /** Every string or number under a field that has a pattern, checked against it. */
  function refused(fields: CmsField[], data: Record<string, unknown>, where: string): string[] {
    const problems: string[] = [];
    for (const cms of fields) {
      const value = data[cms.name];
      if (value === undefined || value === null) continue;
      const children = cms['fields'] as CmsField[] | undefined;
      if (children && Array.isArray(value)) {
        value.forEach((item, i) =>
          problems.push(
            ...refused(children, item as Record<string, unknown>, `${where}.${cms.name}[${i}]`),
          ),
        );
      } else if (children && typeof value === 'object') {
        problems.push(
          ...refused(children, value as Record<string, unknown>, `${where}.${cms.name}`),
        );
      }
      const pattern = cms['pattern'] as [string, string] | undefined;
      if (pattern && (typeof value === 'string' || typeof value === 'number')) {
        if (!new RegExp(pattern[0]).test(String(value)))
          problems.push(`${where}.${cms.name}: ${value}`);
      }
    }
    return problems;
  }

  test('no pattern refuses a value in content/', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const name of COLLECTIONS) {
      const folder = path.join('content', REGISTRY[name].folder);
      for (const file of readdirSync(folder, { recursive: true }).map(String)) {
        if (!/\.mdx?$/.test(file) || file.startsWith('files')) continue;
        const text = readFileSync(path.join(folder, file), 'utf-8');
        const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
        // JSON_SCHEMA keeps dates as the text the editor sees.
        const data = load(front, { schema: JSON_SCHEMA }) as Record<string, unknown>;
        problems.push(...refused(editor(name).fields, data, `${folder}/${file}`));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(30);
    expect(problems).toEqual([]);
  });
});
