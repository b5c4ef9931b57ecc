/**
 * Templates for purchasers: published entries from `site()`, with their downloads
 * read, checked and hashed once per build.
 */
import path from 'node:path';
import { contentRoot } from './loader';
import { site, type Entry } from './site';
import { templateDownloads, type Download } from '../templates/downloads';
import { filterCounts, sortTemplates, type TemplateFilter } from '../templates/filters';

export type Template = Entry<'templates'>;

/** The folder `files[].file` is relative to. */
export const templatesRoot = path.join(contentRoot, 'templates');

export async function templates(): Promise<Template[]> {
  return sortTemplates((await site()).templates);
}

export async function templateById(id: string): Promise<Template | undefined> {
  return (await site()).templates.find((t) => t.id === id);
}

const downloadCache = new Map<string, Promise<Download[]>>();

/** A template's downloads; computed once per build and shared by its page, the list and the file routes. */
export function downloadsOf(template: Template): Promise<Download[]> {
  let downloads = downloadCache.get(template.id);
  if (!downloads) {
    downloads = templateDownloads(template, templatesRoot);
    downloadCache.set(template.id, downloads);
  }
  return downloads;
}

/** Every template with its downloads. Used by the list page, so a broken file fails every build. */
export async function templatesWithDownloads(): Promise<{ template: Template; downloads: Download[] }[]> {
  const list = await templates();
  return Promise.all(list.map(async (template) => ({ template, downloads: await downloadsOf(template) })));
}

/**
 * `getStaticPaths` of the filtered lists: a page for each stage, or audience, that some template
 * is for, so the filter offers no empty list.
 */
export async function templateFilterPaths(key: 'stage' | 'audience') {
  const counts = filterCounts(await templates());
  const filters: TemplateFilter[] =
    key === 'stage'
      ? counts.stages.map(({ stage }) => ({ stage }))
      : counts.audiences.map(({ audience }) => ({ audience }));
  return filters.map((filter) => ({ params: { [key]: filter[key] }, props: { filter } }));
}
