/**
 * The editors' review page's part on English translations (/for-redaktorer/gjennomgang/): every
 * published Norwegian entry of a translated collection whose translation is missing or outdated,
 * with the date the Norwegian changed and the file the translation belongs in.
 */
import path from 'node:path';
import { strings, type Locale } from '../../i18n';
import { entryUrl, TRANSLATED, translationFolder } from '../collections';
import { translationsOf } from '../content/translations';
import { dated } from '../dates';
import type { TranslationState } from '../translations';

export interface TranslationReviewItem {
  collection: (typeof TRANSLATED)[number];
  id: string;
  title: string;
  url: string;
  /** The Norwegian entry's file, for the translation's file name and ending. */
  file: string | undefined;
  state: TranslationState;
  norwegianUpdated: Date;
  /** The Norwegian revision the translation translates (`sourceUpdated`), when there is one. */
  translates: Date | undefined;
  /** The translation's own file, when there is one. */
  translationFile: string | undefined;
}

/** Every translated collection's entries with their translation state, from the build. */
export async function translationReviewPage(locale: Locale = 'nb') {
  const lists = await Promise.all(TRANSLATED.map((name) => translationsOf(name)));
  const items = lists.flat().map((status): TranslationReviewItem => ({
    collection: status.entry.collection,
    id: status.entry.id,
    title: status.entry.data.title,
    url: entryUrl(status.entry),
    file: status.entry.filePath,
    state: status.state,
    norwegianUpdated: status.norwegianUpdated,
    translates: status.translation?.data.sourceUpdated,
    translationFile: status.translation?.filePath,
  }));
  return translationReview(items, locale);
}

/** The content folder's English file for an entry: content/en/<folder>/<id>.md(x). */
const englishFile = (item: TranslationReviewItem) =>
  item.translationFile ??
  path.join(
    'content',
    translationFolder(item.collection),
    `${item.id}${path.extname(item.file ?? '') || '.md'}`,
  );

/** The section from the entries' states (pure, for tests): outdated first, then missing. */
export function translationReview(items: readonly TranslationReviewItem[], locale: Locale = 'nb') {
  const { t, format, dict } = strings(locale);
  const count = (state: TranslationState) => items.filter((item) => item.state === state).length;
  const order: TranslationState[] = ['outdated', 'missing'];
  const rows = order.flatMap((state) =>
    items
      .filter((item) => item.state === state)
      .map((item) => ({
        title: item.title,
        url: item.url,
        collection: dict.collectionNames[item.collection],
        state: t(state === 'outdated' ? 'translationReview.outdated' : 'translationReview.missing'),
        norwegianUpdated: dated(item.norwegianUpdated, locale),
        translates: item.translates && dated(item.translates, locale),
        file: englishFile(item),
      })),
  );
  return {
    lead: format('translationReview.lead', {
      current: count('current'),
      outdated: count('outdated'),
      missing: count('missing'),
    }),
    rows,
    columns: [
      t('review.entry'),
      t('review.collection'),
      t('translationReview.state'),
      t('translationReview.norwegianUpdated'),
      t('translationReview.translates'),
      t('translationReview.file'),
    ],
  };
}
