/**
 * Marks the list items that changed after the reader's last visit (each carries a hidden
 * SinceTag with its change day), and on "Nytt og endret" says how many. Every list page that
 * readers follow uses it: the change list, requirements, templates, meetings, procurements,
 * cases and lessons. Runs only where JavaScript does (html.js-enabled); what it remembers stays
 * in localStorage and is never sent anywhere. Storage may be blocked: then nothing is marked.
 */
import { documentLocale, formatCalendarDate, formatMessage } from '../../i18n/format';
import { isNewSince, STORAGE_KEY, visit } from '../../lib/follow/last-visit';

/** Returns how many items were marked. */
export function markSinceLastVisit(
  doc: Document,
  storage: Storage | undefined,
  now: number,
): number {
  let since: string | null;
  try {
    if (!storage) return 0;
    const next = visit(storage.getItem(STORAGE_KEY), now);
    storage.setItem(STORAGE_KEY, JSON.stringify(next.state));
    since = next.since;
  } catch {
    return 0;
  }
  let marked = 0;
  for (const tag of doc.querySelectorAll<HTMLElement>('[data-since-tag][data-changed]')) {
    if (!isNewSince(tag.dataset['changed'] ?? '', since)) continue;
    tag.hidden = false;
    tag.closest('li')?.classList.add('eh-changed-since');
    marked += 1;
  }
  for (const note of doc.querySelectorAll<HTMLElement>('[data-since-note]')) note.hidden = false;
  if (since !== null) {
    for (const summary of doc.querySelectorAll<HTMLElement>('[data-since-summary]')) {
      const template = summary.dataset['template'] ?? '';
      const locale = documentLocale(doc);
      summary.textContent = formatMessage(
        template,
        { date: formatCalendarDate(new Date(`${since}T00:00:00Z`), locale), count: marked },
        locale,
      );
      summary.hidden = false;
    }
  }
  return marked;
}
