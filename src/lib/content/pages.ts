/** Free pages (about, contact, accessibility statement). */
import { byTitle, site, type Entry } from './site';

export type PageEntry = Entry<'pages'>;

export async function allPages(): Promise<PageEntry[]> {
  const { pages } = await site();
  return pages.toSorted(byTitle);
}
