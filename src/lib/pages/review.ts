/**
 * For editors (/for-redaktorer/gjennomgang/): entries whose review date has passed or falls
 * within the window, and where each entry's facts come from.
 */
import { strings } from '../../i18n';
import { COLLECTIONS, entryUrl } from '../collections';
import { site, type Published } from '../content/site';
import { buildDate, dated } from '../dates';
import {
  FACTS_MAX_AGE_YEARS,
  provenanceRows,
  sourceDateText,
  type ProvenanceEntry,
} from '../provenance';
import {
  dueForReview,
  overdueWarning,
  REVIEW_WINDOW_DAYS,
  type ReviewableEntry,
  type ReviewItem,
} from '../requirements/freshness';
import { sections, trail } from './trail';

// The editors' review page is Norwegian, like the editors.
const { t, format, dict } = strings('nb');

/** The page as of the build date; the build prints one warning for all overdue entries, from here, once. */
export async function reviewPage() {
  const page = reviewView(await site(), buildDate());
  if (page.overdueWarning !== undefined) console.warn(page.overdueWarning);
  return page;
}

/** «3 dager siden», «i dag», «om 12 dager». */
const daysWords = (daysLeft: number) =>
  daysLeft < 0
    ? format('review.daysAgo', { days: -daysLeft })
    : daysLeft === 0
      ? t('review.today')
      : format('review.daysLeft', { days: daysLeft });

// Thousands of rows in a large build share a few hundred day counts: each is formatted once.
const daysTexts = new Map<number, string>();
const daysText = (daysLeft: number) => {
  let text = daysTexts.get(daysLeft);
  if (text === undefined) {
    text = daysWords(daysLeft);
    daysTexts.set(daysLeft, text);
  }
  return text;
};

const reviewRow = (item: ReviewItem) => ({
  url: item.url,
  title: item.title,
  collection: dict.collectionNames[item.collection],
  reviewBy: dated(item.reviewBy),
  days: daysText(item.daysLeft),
  updated: dated(item.updated),
  file: item.file,
});

/** The page from every published entry and the day it is built (pure, for tests). */
export function reviewView(published: Published, today: Date) {
  const items = dueForReview(
    COLLECTIONS.flatMap((name): ReviewableEntry[] => published[name]),
    today,
  );
  const provenance = provenanceRows(
    COLLECTIONS.flatMap((name): ProvenanceEntry[] => published[name]),
    today,
    entryUrl,
  );
  return {
    breadcrumbs: trail(sections.forEditors),
    overdueWarning: overdueWarning(items),
    asOf: dated(today),
    none: items.length === 0,
    groups: [
      { id: 'overdue', title: t('review.overdue'), status: 'overdue' },
      {
        id: 'soon',
        title: format('review.soon', { days: REVIEW_WINDOW_DAYS }),
        status: 'due-soon',
      },
    ]
      .map(({ id, title, status }) => ({
        id: `review-${id}`,
        rows: items.filter((item) => item.status === status).map(reviewRow),
        title,
      }))
      .filter((group) => group.rows.length > 0)
      .map((group) => ({ ...group, heading: `${group.title} (${group.rows.length})` })),
    reviewColumns: [
      t('review.entry'),
      t('review.collection'),
      t('review.reviewBy'),
      t('common.updated'),
      t('review.file'),
    ],
    provenanceColumns: [
      t('review.entry'),
      t('review.collection'),
      t('review.provenanceStatus'),
      t('provenance.sources'),
      t('review.factsAsOf'),
      t('review.file'),
    ],
    provenanceLead: format('review.provenanceLead', {
      count: provenance.length,
      illustrations: provenance.filter((row) => row.status === 'illustration').length,
      old: provenance.filter((row) => row.factsOld).length,
      years: FACTS_MAX_AGE_YEARS,
    }),
    provenance: provenance.map((row) => ({
      url: row.url,
      title: row.title,
      collection: dict.collectionNames[row.collection as keyof typeof dict.collectionNames],
      status: dict.provenanceStatuses[row.status],
      sources: row.sources.map(
        (source) => `${source.title} (${source.publisher}, ${sourceDateText(source.date)})`,
      ),
      factsAsOf:
        row.factsAsOf === undefined
          ? '–'
          : row.factsOld
            ? format('review.factsOld', { year: String(row.factsAsOf), years: FACTS_MAX_AGE_YEARS })
            : String(row.factsAsOf),
      file: row.file,
    })),
  };
}
