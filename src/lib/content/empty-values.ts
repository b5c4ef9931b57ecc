/**
 * Frontmatter as the schema should see it. A form in the web editor (/admin/) cannot leave a
 * field out: an optional field the editor left blank is saved as an empty text (`url: ""`),
 * and an optional group or list item as a group of empty fields. Empty texts and nulls, and
 * groups and list items with nothing left in them, are therefore read as fields not given,
 * so a blank optional field is simply absent and a blank required one is reported missing.
 */
export function withoutEmptyValues<T>(value: T): T {
  return (clean(value) ?? {}) as T;
}

function clean(value: unknown): unknown {
  if (value === '' || value === null || value === undefined) return undefined;
  if (Array.isArray(value)) {
    return value.map(clean).filter((item) => item !== undefined);
  }
  if (typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value)
      .map(([key, inner]) => [key, clean(inner)] as const)
      .filter(([, inner]) => inner !== undefined);
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  return value;
}
