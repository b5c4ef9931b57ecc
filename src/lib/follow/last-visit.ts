/**
 * "Changed since your last visit", kept in the reader's browser only (localStorage): when the
 * reader last looked at a change list, and the day of the visit before this one. A visit ends
 * after half an hour without a look, so moving between pages does not count as a new visit.
 */

export const STORAGE_KEY = 'eh-last-visit';
/** A new visit starts after this long without a look at a change list. */
export const VISIT_GAP_MS = 30 * 60 * 1000;

export interface VisitState {
  /** The Oslo day (YYYY-MM-DD) of the visit before this one; null on a first visit. */
  previous: string | null;
  /** When the reader last looked (ms since 1970). */
  lastSeen: number;
}

const osloDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' });

/** The Oslo calendar day of an instant, "YYYY-MM-DD". */
export const osloDate = (ms: number): string => osloDay.format(new Date(ms));

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads what was stored; anything unreadable counts as a first visit. */
export function parseVisit(stored: string | null): VisitState | undefined {
  if (!stored) return undefined;
  try {
    const value = JSON.parse(stored) as Partial<VisitState>;
    const previous =
      value.previous === null || (typeof value.previous === 'string' && DAY.test(value.previous))
        ? value.previous
        : undefined;
    if (
      previous === undefined ||
      typeof value.lastSeen !== 'number' ||
      !Number.isFinite(value.lastSeen)
    )
      return undefined;
    return { previous, lastSeen: value.lastSeen };
  } catch {
    return undefined;
  }
}

/**
 * The state after a look at `now`, and the day changes are new since (null: mark nothing,
 * as on a first visit, when everything is new).
 */
export function visit(
  stored: string | null,
  now: number,
): { state: VisitState; since: string | null } {
  const before = parseVisit(stored);
  if (!before) return { state: { previous: null, lastSeen: now }, since: null };
  const previous =
    now - before.lastSeen > VISIT_GAP_MS ? osloDate(before.lastSeen) : before.previous;
  return { state: { previous, lastSeen: now }, since: previous };
}

/** Whether a change dated `changed` (YYYY-MM-DD) came after the visit on day `since`. */
export const isNewSince = (changed: string, since: string | null): boolean =>
  since !== null && DAY.test(changed) && changed > since;
