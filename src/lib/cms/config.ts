/**
 * The web editor's configuration (Decap CMS, served at /admin/), generated from the same
 * reading of the schemas as the field reference (src/lib/field-reference.ts): every collection
 * of the registry, every field with its widget, required flag, allowed values (with the site's
 * labels from the dictionary), references as searchable relations, and the field's description
 * as its hint. Nothing here names a field of a particular collection, so a new schema field
 * reaches the editor by itself; test/unit/cms-config.test.ts fails if one does not.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { strings } from '../../i18n';
import { COLLECTIONS, REGISTRY, collectionLabel, type CollectionName } from '../collections';
import { contentRoot } from '../content/loader';
import {
  fieldReference,
  type CollectionDoc,
  type FieldDoc,
  type FieldShape,
} from '../field-reference';

// The web editor (/admin/) is Norwegian, like the editors.
const { dict } = strings('nb');

export type CmsField = Record<string, unknown> & { name: string; widget: string };
export type CmsCollection = Record<string, unknown> & { name: string; fields: CmsField[] };

/** Where the production editor commits, from the environment (CMS_ENV in ./env.ts). */
export interface CmsEnvironment {
  PORTAL_CMS_BACKEND?: string | undefined;
  PORTAL_CMS_REPO?: string | undefined;
  PORTAL_CMS_BRANCH?: string | undefined;
  PORTAL_CMS_BASE_URL?: string | undefined;
  PORTAL_CMS_AUTH_ENDPOINT?: string | undefined;
  PORTAL_CMS_APP_ID?: string | undefined;
  PORTAL_SITE_URL?: string | undefined;
  /** The port decap-server listens on under `npm run edit` (8081). */
  PORTAL_CMS_PROXY_PORT?: string | undefined;
}

export interface CmsOptions {
  /** Edit the files on this machine through decap-server (`npm run edit`). */
  localBackend: boolean;
  env?: CmsEnvironment;
  /** The folder holding the content, to see which collections have MDX entries. */
  contentDir?: string;
}

/** Git hosts the production editor can log in to (their OAuth apps; see the README). */
export const CMS_BACKENDS = ['github', 'gitlab'] as const;

/** Texts an editor writes more than a line of: shown as a text area. */
const LONG_TEXT =
  /^(summary|requirementText|followUp|challenge|result|purpose|note|explanation|changeNote)$/;

/** A label: the dictionary's, else the doc line's first sentence when short, else the name. */
function labelOf(field: FieldDoc, own: string): string {
  const labels: Record<string, string | undefined> = dict.cmsFieldLabels;
  const known = labels[own];
  if (known) return known;
  const sentence = field.description.split(/(?<=[.!?])\s/)[0]?.replace(/[.:]$/, '') ?? '';
  return sentence && sentence.length <= 40 ? sentence : own;
}

/** The site's labels for an enum's values: the dictionary group with exactly these keys. */
export function enumLabels(values: readonly string[]): Record<string, string> | undefined {
  const wanted = [...values].sort().join('\n');
  for (const group of Object.values(dict)) {
    if (group && typeof group === 'object' && !Array.isArray(group)) {
      const entries = Object.entries(group);
      const keys = entries.map(([key]) => key);
      if (keys.sort().join('\n') === wanted && entries.every(([, v]) => typeof v === 'string')) {
        return group;
      }
    }
  }
  return undefined;
}

const selectOptions = (values: readonly string[]) => {
  const labels = enumLabels(values);
  return values.map((value) => ({ label: labels?.[value] ?? value, value }));
};

const relation = (collection: string) => ({
  widget: 'relation',
  collection,
  search_fields: ['title'],
  display_fields: ['title'],
  value_field: '{{slug}}',
});

const DATE = {
  widget: 'datetime',
  format: 'YYYY-MM-DD',
  date_format: 'DD.MM.YYYY',
  time_format: false,
  picker_utc: true,
  // Without a default the widget fills in today's date by itself.
  default: '',
};

/** The widget for one shape; `children` are the editor fields of an object's sub-fields. */
function widgetFor(
  shape: FieldShape,
  children: () => CmsField[],
): Record<string, unknown> & { widget: string } {
  switch (shape.kind) {
    case 'boolean':
      return { widget: 'boolean' };
    case 'text':
      return shape.pattern
        ? { widget: 'string', pattern: [shape.pattern.regex, shape.pattern.message] }
        : { widget: 'string' };
    case 'url':
      return {
        widget: 'string',
        pattern: ['^https?://[^\\s]+\\.[^\\s]+$', 'en nettadresse som begynner med https://'],
      };
    case 'email':
      return {
        widget: 'string',
        pattern: [
          '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$',
          'en e-postadresse, for eksempel navn@oslo.kommune.no',
        ],
      };
    case 'number':
      return {
        widget: 'number',
        value_type: shape.integer ? 'int' : 'float',
        ...(shape.min !== undefined ? { min: shape.min } : {}),
        ...(shape.max !== undefined ? { max: shape.max } : {}),
      };
    case 'date':
      return { ...DATE };
    case 'datetime':
      return {
        widget: 'datetime',
        format: 'YYYY-MM-DDTHH:mm',
        date_format: 'DD.MM.YYYY',
        time_format: 'HH:mm',
        picker_utc: false,
        default: '',
      };
    case 'enum':
      return { widget: 'select', options: selectOptions(shape.values) };
    case 'literal':
      return { widget: 'hidden', default: shape.value };
    case 'reference':
      return relation(shape.collection);
    case 'object':
      return { widget: 'object', collapsed: false, fields: children() };
    case 'list': {
      const min = shape.min !== undefined ? { min: shape.min } : {};
      if (shape.of.kind === 'reference')
        return { ...relation(shape.of.collection), multiple: true, ...min };
      if (shape.of.kind === 'enum') {
        return {
          widget: 'select',
          multiple: true,
          options: selectOptions(shape.of.values),
          ...min,
        };
      }
      if (shape.of.kind === 'object') {
        return { widget: 'list', collapsed: false, fields: children(), ...min };
      }
      const item = widgetFor(shape.of, children);
      return { widget: 'list', field: { name: 'item', label: 'Verdi', ...item }, ...min };
    }
    case 'union': {
      const scalar = unionPattern(shape);
      if (scalar)
        return { widget: 'string', pattern: [scalar, shape.message ?? 'en gyldig verdi'] };
      return { widget: 'hidden', ...unionDefault(shape) };
    }
    case 'unknown':
      // Not expressible as one widget (appliesTo.riskCategories: «alle-hoyrisiko» or a list):
      // the value in the file is kept as it is; a new entry gets the literal option, and the
      // build checks it like any other.
      return { widget: 'hidden', ...unionDefault(shape) };
  }
}

/**
 * One text pattern for a union of plain values (a source's date: a year or a date), or
 * undefined when an option is a list or group, which no single widget can hold.
 */
function unionPattern(shape: Extract<FieldShape, { kind: 'union' }>): string | undefined {
  const parts: string[] = [];
  for (const option of shape.of) {
    if (option.kind === 'number') parts.push(option.integer ? '-?\\d+' : '-?\\d+(\\.\\d+)?');
    else if (option.kind === 'date') parts.push('\\d{4}-\\d{2}-\\d{2}');
    else if (option.kind === 'text' && option.pattern)
      parts.push(option.pattern.regex.replace(/^\^|\$$/g, ''));
    else if (option.kind === 'literal')
      parts.push(option.value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    else return undefined;
  }
  return `^(?:${parts.join('|')})$`;
}

function unionDefault(shape: FieldShape): { default?: unknown } {
  if (shape.kind !== 'union') return {};
  const literal = shape.of.find((option) => option.kind === 'literal');
  return literal?.kind === 'literal' ? { default: literal.value } : {};
}

/** Fields the editor cannot show as a form control, by dotted name (see unionDefault). */
export function hiddenFields(doc: CollectionDoc): string[] {
  return doc.fields
    .filter(
      (field) =>
        (field.shape.kind === 'union' && !unionPattern(field.shape)) ||
        field.shape.kind === 'unknown',
    )
    .map((field) => field.name);
}

/** Editor fields for the fields directly under `prefix` ("" for the top level). */
function fieldsUnder(doc: CollectionDoc, prefix: string, optionalParent: boolean): CmsField[] {
  const direct = doc.fields.filter((field) => {
    if (!field.name.startsWith(prefix)) return false;
    const rest = field.name.slice(prefix.length);
    return !rest.includes('.');
  });
  return direct.map((field) => {
    const own = field.name.slice(prefix.length);
    const list = field.shape.kind === 'list';
    const childPrefix = `${field.name}${list ? '[]' : ''}.`;
    const widget = widgetFor(field.shape, () =>
      fieldsUnder(doc, childPrefix, optionalParent || !field.required),
    );
    const notes = [
      field.onlyIn ? `Bare når ${field.onlyIn.join(' eller ')} er valgt.` : '',
      field.refined ? 'Bygget sjekker i tillegg feltet mot de andre feltene.' : '',
    ].filter(Boolean);
    const cms: CmsField = {
      label: labelOf(field, own),
      name: own,
      ...widget,
      // A field of an optional group is required only when the group is given; the build says so.
      required: field.required && !field.onlyIn && !optionalParent,
      hint: [field.description, ...notes].filter(Boolean).join(' '),
    };
    // An empty list stays empty: without default: [] Decap starts a list of groups with one
    // blank item.
    if (field.default !== undefined) cms['default'] = field.default;
    if (widget.widget === 'string' && LONG_TEXT.test(own)) cms.widget = 'text';
    return cms;
  });
}

/** Field names every collection shares (draft, updated, sources …), shown after its own. */
export function sharedNames(docs: CollectionDoc[]): Set<string> {
  const top = docs.map(
    (doc) => new Set(doc.fields.filter((f) => !f.name.includes('.')).map((f) => f.name)),
  );
  const [first, ...rest] = top;
  return new Set(
    [...(first ?? [])].filter((name) => name !== 'title' && rest.every((set) => set.has(name))),
  );
}

/** File endings in a collection's folder: one editor collection per ending (Decap reads one). */
function extensionsIn(folder: string): string[] {
  let files: string[];
  try {
    files = readdirSync(folder, { recursive: true }).map(String);
  } catch {
    return ['md'];
  }
  const mdx = files.some((file) => file.endsWith('.mdx') && !file.startsWith('files'));
  return mdx ? ['md', 'mdx'] : ['md'];
}

/** Lessons live in a folder per course (content/lessons/<course>/01-….md). */
const NESTED: Partial<Record<CollectionName, string>> = { lessons: '{{course}}/{{slug}}' };

export function cmsCollections(docs = fieldReference(), contentDir = contentRoot): CmsCollection[] {
  const shared = sharedNames(docs);
  return COLLECTIONS.flatMap((name) => {
    const doc = docs.find((d) => d.collection === name);
    if (!doc) throw new Error(`No field reference for ${name}`);
    const fields = fieldsUnder(doc, '', false);
    const ordered = [
      ...fields.filter((f) => !shared.has(f.name)),
      ...fields.filter((f) => shared.has(f.name)),
      {
        label: dict.cmsFieldLabels.body,
        name: 'body',
        widget: 'markdown',
        required: false,
        hint: 'Teksten på siden, i Markdown. I MDX-oppføringer kan du sette inn et ordlisteord med «+ Ordlisteord».',
      },
    ];
    const folder = REGISTRY[name].folder;
    return extensionsIn(path.join(contentDir, folder)).map((extension) => ({
      name: extension === 'md' ? name : `${name}-${extension}`,
      label:
        extension === 'md'
          ? collectionLabel(name)
          : `${collectionLabel(name)} (MDX, med komponenter)`,
      label_singular: collectionLabel(name),
      folder: path.posix.join('content', folder),
      extension,
      format: 'frontmatter',
      create: true,
      slug: '{{slug}}',
      identifier_field: 'title',
      summary: '{{title}}',
      ...(NESTED[name] ? { path: NESTED[name] } : {}),
      fields: ordered,
    }));
  });
}

/** The whole configuration, as Decap reads it from /admin/config.yml. */
export function cmsConfig({ localBackend, env = process.env, contentDir }: CmsOptions) {
  const backendName = env.PORTAL_CMS_BACKEND ?? 'github';
  if (!(CMS_BACKENDS as readonly string[]).includes(backendName)) {
    throw new Error(
      `PORTAL_CMS_BACKEND er «${backendName}», men må være en av: ${CMS_BACKENDS.join(', ')}`,
    );
  }
  const backend: Record<string, unknown> = {
    name: backendName,
    repo: env.PORTAL_CMS_REPO ?? 'oslokommune/etisk-handel-portal',
    branch: env.PORTAL_CMS_BRANCH ?? 'main',
    // Decap's texts for the editorial workflow's commits, in the editors' language.
    commit_messages: {
      create: 'Ny {{collection}}: «{{slug}}»',
      update: 'Endret {{collection}}: «{{slug}}»',
      delete: 'Slettet {{collection}}: «{{slug}}»',
      uploadMedia: 'Lastet opp «{{path}}»',
      deleteMedia: 'Slettet «{{path}}»',
    },
  };
  if (env.PORTAL_CMS_BASE_URL) backend['base_url'] = env.PORTAL_CMS_BASE_URL;
  if (env.PORTAL_CMS_AUTH_ENDPOINT) backend['auth_endpoint'] = env.PORTAL_CMS_AUTH_ENDPOINT;
  // GitLab logs the editor in by itself (PKCE) given its OAuth application's id.
  if (env.PORTAL_CMS_APP_ID)
    Object.assign(backend, { auth_type: 'pkce', app_id: env.PORTAL_CMS_APP_ID });
  return {
    backend,
    ...(localBackend
      ? {
          local_backend: {
            url: `http://localhost:${env.PORTAL_CMS_PROXY_PORT ?? '8081'}/api/v1`,
            allowed_hosts: ['localhost', '127.0.0.1'],
          },
        }
      : {}),
    // Draft → in review → ready: an entry reaches the site only when an editor publishes it.
    publish_mode: 'editorial_workflow',
    locale: 'nb_no',
    site_url: env.PORTAL_SITE_URL ?? 'https://etiskhandel.uke.oslo.kommune.no',
    // The portal has no uploads through the editor; Decap requires a folder all the same.
    media_folder: 'public/filer',
    public_folder: '/filer',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: cmsCollections(fieldReference(), contentDir),
  };
}

/** config.yml's text: JSON is YAML, so no YAML writer is needed. */
export function cmsConfigYaml(options: CmsOptions): string {
  return `# Laget av src/lib/cms/config.ts fra skjemaene; rediger ikke for hånd.\n${JSON.stringify(cmsConfig(options), null, 2)}\n`;
}

/** The editor field at a field reference path ("agenda[].time"), if there is one. */
export function editorFieldAt(fields: CmsField[], name: string): CmsField | undefined {
  const [head, ...rest] = name.replace(/\[\]/g, '').split('.');
  const field = fields.find((candidate) => candidate.name === head);
  if (!field || rest.length === 0) return field;
  const children = field['fields'] as CmsField[] | undefined;
  return children ? editorFieldAt(children, rest.join('.')) : undefined;
}

/** Schema fields that some editor collection has no field for, as "collection: field". */
export function missingEditorFields(docs: CollectionDoc[], collections: CmsCollection[]): string[] {
  return docs.flatMap((doc) => {
    const editors = collections.filter(
      (c) => c.name === doc.collection || c.name.startsWith(`${doc.collection}-`),
    );
    if (editors.length === 0) return [`${doc.collection}: (ingen samling i redigeringen)`];
    return editors.flatMap((editor) =>
      doc.fields
        .filter((field) => !editorFieldAt(editor.fields, field.name))
        .map((field) => `${editor.name}: ${field.name}`),
    );
  });
}
