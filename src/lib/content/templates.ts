/**
 * Templates for purchasers: published entries from `site()`, with their downloads
 * read, checked and hashed once per build.
 */
import path from 'node:path';
import { contentRoot } from './loader';
import { site, type Entry } from './site';
import { inRenderThread } from './build-memo';
import { templateFiles, withBytes, type Download, type DownloadFile } from '../templates/downloads';
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

const fileCache = new Map<string, Promise<DownloadFile[]>>();
const downloadCache = new Map<string, Promise<Download[]>>();

/** A template's downloads, checked and named but not read; once per build. */
function filesOf(template: Template): Promise<DownloadFile[]> {
  let files = fileCache.get(template.id);
  if (!files) {
    files = templateFiles(template, templatesRoot);
    fileCache.set(template.id, files);
  }
  return files;
}

/** A template's downloads; computed once per build and shared by its page, the list and the file routes. */
export function downloadsOf(template: Template): Promise<Download[]> {
  let downloads = downloadCache.get(template.id);
  if (!downloads) {
    downloads = filesOf(template).then(withBytes);
    downloadCache.set(template.id, downloads);
  }
  return downloads;
}

/**
 * A template's downloads for the file routes' paths, which need only the names. The main thread
 * reads and makes the files here, before any page renders, so that a render thread takes the
 * generated documents from it (memoFromMainThread) instead of making them a second time; a render
 * thread's own getStaticPaths run meanwhile and do not wait for them.
 */
async function downloadPathsOf(template: Template): Promise<DownloadFile[]> {
  if (!inRenderThread()) await downloadsOf(template);
  return filesOf(template);
}

/** What a template file route's page gets: the template and the download's name. */
// A type, not an interface: Astro's route props must be assignable to a string-keyed record.
export type TemplateFileProps = {
  template: Template;
  fileName: string;
};

/**
 * The paths of a template file route (/maler/<id>/<file> and the versioned one): one per
 * template and download, its params from `paramsOf`.
 */
export async function templateFilePaths(
  paramsOf: (template: Template, fileName: string) => Record<string, string>,
): Promise<{ params: Record<string, string>; props: TemplateFileProps }[]> {
  const paths = await Promise.all(
    (await templates()).map(async (template) =>
      (await downloadPathsOf(template)).map(({ fileName }) => ({
        params: paramsOf(template, fileName),
        props: { template, fileName },
      })),
    ),
  );
  return paths.flat();
}

/** A template file route's response: the bytes of the download named `fileName`. */
export async function templateFileResponse({ template, fileName }: TemplateFileProps): Promise<Response> {
  const download = (await downloadsOf(template)).find((d) => d.fileName === fileName);
  if (!download) throw new Error(`No download «${fileName}» in template ${template.id}`);
  return new Response(download.bytes.slice().buffer);
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
