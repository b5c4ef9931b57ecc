/**
 * Turns schema and content problems into messages an editor can act on:
 * the file, the field, what was found and what was expected, in plain Norwegian.
 */
import type { z } from 'astro/zod';

export interface Problem {
  /** Dotted path of the field, e.g. "appliesTo.valueOverNok" or "documentation[0].when". */
  field: string;
  /** What the file holds there, as written. */
  found: string;
  /** What the schema expects there. */
  expected: string;
}

export class EditorError extends Error {
  readonly file: string;
  readonly problems: Problem[];
  constructor(file: string, problems: Problem[]) {
    super(formatProblems(file, problems));
    this.name = 'EditorError';
    this.file = file;
    this.problems = problems;
  }
}

export function formatProblems(file: string, problems: Problem[]): string {
  const lines = problems.map(
    (p) => `  - feltet «${p.field}»: fant ${p.found}, forventet ${p.expected}`,
  );
  return [`Feil i ${file}:`, ...lines].join('\n');
}

type Issue = z.core.$ZodIssue;

export function fieldPath(segments: readonly PropertyKey[]): string {
  return segments
    .map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? String(s) : `.${String(s)}`))
    .join('');
}

function valueAt(data: unknown, segments: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of segments) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * How a found value is shown: quoted text, dates as dates (with the time of day YAML read, if
 * any), "ingenting" when missing.
 */
export function describeValue(value: unknown): string {
  if (value === undefined || value === null) return 'ingenting (feltet mangler)';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return 'en ugyldig dato';
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z')
      ? `«${iso.slice(0, 10)}»`
      : `«${iso.replace(/\.000Z$/, 'Z')}»`;
  }
  if (typeof value === 'string') return `«${value}»`;
  if (Array.isArray(value))
    return `en liste med ${value.length} element${value.length === 1 ? '' : 'er'}`;
  if (typeof value === 'object') return 'en gruppe felter';
  if (typeof value === 'number') return `tallet ${value}`;
  if (typeof value === 'boolean') return `verdien ${value}`;
  return `verdien av typen ${typeof value}`;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'et tall',
  boolean: 'true eller false',
  date: 'en dato (ÅÅÅÅ-MM-DD)',
  array: 'en liste',
  object: 'en gruppe felter',
};

const FORMAT_NAMES: Record<string, string> = {
  url: 'en nettadresse som begynner med https://',
  email: 'en e-postadresse',
};

/**
 * Astro's reference() is a union of a number, a string and two object shapes; when a
 * reference field is missing or of the wrong type, say "an id" instead of listing the shapes.
 */
function isReferenceUnion(branches: readonly (readonly Issue[])[]): boolean {
  const expected = branches.map((branch) =>
    branch.length === 1 && branch[0]?.code === 'invalid_type' && branch[0].path.length === 0
      ? branch[0].expected
      : undefined,
  );
  return expected.join() === 'number,string,object,object';
}

const quoteAll = (values: readonly unknown[]) => values.map((v) => `«${String(v)}»`).join(', ');

function expectedFor(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.message.startsWith('Invalid input')
        ? (TYPE_NAMES[issue.expected] ?? issue.expected)
        : issue.message;
    case 'invalid_value':
      return issue.values.length === 1 ? quoteAll(issue.values) : `en av ${quoteAll(issue.values)}`;
    case 'invalid_union': {
      // zod 4 adds `options` to a discriminated union's issue, but its issue type does not declare it.
      const options: unknown = (issue as { options?: unknown }).options;
      if ('discriminator' in issue && Array.isArray(options)) {
        return `en av ${quoteAll(options)}`;
      }
      if (isReferenceUnion(issue.errors)) return 'id-en til en annen oppføring (tekst)';
      const alternatives = issue.errors.map((branch) => branch.map(expectedFor).join(' og '));
      // Branches that expect the same thing in other forms (a year as a number or as text) are named once.
      return [...new Set(alternatives)].join(' eller ');
    }
    case 'too_small':
      if (issue.origin === 'array') return `minst ${String(issue.minimum)} element i listen`;
      if (issue.origin === 'string') return 'tekst (feltet kan ikke være tomt)';
      return issue.message.startsWith('Too small')
        ? `minst ${String(issue.minimum)}`
        : issue.message;
    case 'too_big':
      if (issue.origin === 'array') return `høyst ${String(issue.maximum)} element i listen`;
      return issue.message.startsWith('Too big') ? `høyst ${String(issue.maximum)}` : issue.message;
    case 'invalid_format':
      if (!issue.message.startsWith('Invalid')) return issue.message;
      return FORMAT_NAMES[issue.format] ?? `et gyldig format (${issue.format})`;
    case 'unrecognized_keys':
      return `bare kjente felt (ukjent: ${issue.keys.join(', ')})`;
    default:
      return issue.message;
  }
}

/** Maps zod issues for one entry to problems, reading what was found from the raw data. */
export function problemsFromIssues(issues: readonly Issue[], data: unknown): Problem[] {
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys' ? strayFields(issue, data) : [problemFrom(issue, data)],
  );
}

/** A field the schema does not know, one problem each, saying what the file holds there. */
function strayFields(issue: z.core.$ZodIssueUnrecognizedKeys, data: unknown): Problem[] {
  const expected = issue.message.startsWith('Unrecognized key')
    ? 'ikke noe felt med dette navnet'
    : issue.message;
  return issue.keys.map((key) => ({
    field: fieldPath([...issue.path, key]),
    found: describeValue(valueAt(data, [...issue.path, key])),
    expected,
  }));
}

function problemFrom(issue: Issue, data: unknown): Problem {
  return {
    field: fieldPath(issue.path) || '(hele oppføringen)',
    found: describeValue(valueAt(data, issue.path)),
    expected: expectedFor(issue),
  };
}
