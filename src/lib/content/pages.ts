/** Free pages (about, contact, accessibility statement). */
import { site, type Entry } from './site';

export type PageEntry = Entry<'pages'>;

export async function allPages(): Promise<PageEntry[]> {
  const { pages } = await site();
  return pages.toSorted((a, b) => a.data.title.localeCompare(b.data.title, 'nb'));
}
