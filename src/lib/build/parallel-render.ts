/**
 * Astro renders the prerendered pages on one thread, so on a machine with two cores the second
 * one idles while pages render (most of a large build). This integration wraps Astro's default
 * prerenderer: with `build.concurrency` above 1 Astro asks for several pages at once, and part of
 * them go to render threads (render-worker.mjs) that load the same prerender bundle. A thread
 * sends back the status, headers and body; Astro's main thread writes the files and keeps its
 * incremental cache as for any page, so the output is the same as a one-thread build's.
 *
 * A thread runs a route's getStaticPaths again on its first page of that route, for the props, and
 * builds the data its pages share: worth it for a route with many pages, not for one with a
 * handful, which stays in the main thread; endpoints (.docx, .ics, feeds, JSON), whose files
 * gather many entries, go to the threads whatever their number (threadRoutes). What the main
 * thread's getStaticPaths made for the build memo (the templates' documents) goes to the threads
 * before their first page, so they do not make it again (memoFromMainThread in build-memo.ts).
 *
 * PORTAL_RENDER_WORKERS sets the number of render threads; 0 renders in the main thread only.
 * PORTAL_RENDER_WORKERS_AFTER: the pages the main thread renders before the threads start, in a
 * build with Astro's incremental cache from an earlier one; a cold build starts them at once.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroIntegrationLogger, AstroPrerenderer } from 'astro';
import {
  addMemoResults,
  resultsForRenderThreads,
  type MemoResults,
} from '../content/build-memo.ts';

/**
 * Paths a thread may have waiting: enough that it does not run dry while the main thread, which
 * hands it the next ones, is busy between two turns of its event loop (with 3, the thread sat
 * idle for a fifth of the render phase at 3 000 entries).
 */
const QUEUED_PER_WORKER = 32;
/**
 * Paths the main thread renders at once, beside those the threads have: one of them may wait for
 * its files to be written while another renders.
 */
const MAIN_THREAD_PATHS = 4;

/** Astro's incremental cache of the last build, in the cache folder (astro/dist/core/build/incremental.js). */
const INCREMENTAL_MANIFEST = 'incremental-build.json';

/** A whole number, 0 or more, from the environment; `fallback` when the variable is not set. */
function wholeNumber(name: string, fallback: number, env: NodeJS.ProcessEnv): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0)
    throw new Error(`${name} must be a whole number, 0 or more; found «${value}»`);
  return count;
}

/**
 * How many render threads, and after how many pages they start when the build may be warm. A
 * thread costs its start and, for each route it gets pages of, that route's getStaticPaths and
 * the data the pages share (about 1 s of CPU at 1 000 entries): worth it for a cold build's
 * thousands of pages, not for a warm build's hundred (bench corpus, 1 000 entries, warm: the
 * thread took 0.8–1.0 s of CPU for 15–26 pages and saved the main thread next to nothing).
 */
export function renderThreads(env: NodeJS.ProcessEnv = process.env) {
  return {
    count: wholeNumber('PORTAL_RENDER_WORKERS', Math.max(0, availableParallelism() - 1), env),
    startAfter: wholeNumber('PORTAL_RENDER_WORKERS_AFTER', 200, env),
  };
}

/**
 * The share of the build's paths a page route needs for its pages to go to the render threads
 * too. A thread's first page of a route costs that route's getStaticPaths and shared data, which
 * grow with the content as the route's paths do (bench corpus, 1 000 entries: 160–500 ms of the
 * thread's CPU for a category page or a template filter page, routes of 2–8 paths).
 */
const THREAD_ROUTE_SHARE = 0.01;

/** What these functions read of a path's route (Astro's RouteData). */
interface PathRoute {
  route: { route: string; component: string; type: string };
}
const routeKey = ({ route, component }: { route: string; component: string }) =>
  `${component}\0${route}`;

/**
 * The routes (routeKey) whose paths may render in a thread: every endpoint, and the pages of
 * routes with many paths. The thread and this one share these paths as each has room, so the
 * split follows what each path costs; the other pages, a few per route, stay here (spreadPaths).
 * An endpoint's file gathers in its GET (a category's calendar, feed or document holds many
 * entries), one long stretch of work in which this thread, which hands the thread its paths,
 * could not: with the category files here the thread sat idle for a fifth of the render phase
 * at 3 000 entries.
 */
export function threadRoutes(paths: readonly PathRoute[]): Set<string> {
  const counts = new Map<string, number>();
  for (const { route } of paths)
    counts.set(routeKey(route), (counts.get(routeKey(route)) ?? 0) + 1);
  const least = Math.max(2, paths.length * THREAD_ROUTE_SHARE);
  return new Set(
    paths
      .filter(({ route }) => route.type === 'endpoint' || counts.get(routeKey(route))! >= least)
      .map(({ route }) => routeKey(route)),
  );
}

/**
 * `paths` in Astro's order, but with the paths of the routes outside `shared` spread evenly among
 * the others, so that among the paths Astro asks for at once there are always some a thread may
 * take: the 24 category files (.docx, .ics, .xml) in a row left it waiting for the main thread.
 * The order changes no file (the sitemap sorts its addresses).
 */
export function spreadPaths<P extends PathRoute>(
  paths: readonly P[],
  shared: ReadonlySet<string>,
): P[] {
  const own = paths.filter(({ route }) => !shared.has(routeKey(route)));
  const others = paths.filter(({ route }) => shared.has(routeKey(route)));
  const spread: P[] = [];
  let next = 0;
  others.forEach((path, i) => {
    while (next < own.length && next * others.length <= i * own.length) spread.push(own[next++]!);
    spread.push(path);
  });
  return [...spread, ...own.slice(next)];
}

type RenderOptions = Parameters<NonNullable<AstroPrerenderer['render']>>[1];
type RenderResult = Awaited<ReturnType<AstroPrerenderer['render']>>;

interface Done {
  id: number;
  status: number;
  statusText: string;
  headers: [string, string][];
  body: ArrayBuffer | null;
  metadata: unknown;
  error?: { name: string; message: string; stack?: string; fields: Record<string, unknown> };
}

/** What the main thread's build app holds that a render thread needs (see render-worker.mjs). */
interface BuildOptions {
  settings: { scripts: { stage: string }[]; config: { cacheDir: URL } };
  logger: { options: { level: string } };
  allPages: Record<string, { key: string; styles: unknown[] }>;
}

/** An error from a render thread, with the fields (file, problems, hint) the build prints. */
function threadError({ name, message, stack, fields }: NonNullable<Done['error']>): Error {
  const error = Object.assign(new Error(message), fields);
  error.name = name;
  if (stack) error.stack = stack;
  return error;
}

class RenderThread {
  readonly worker: Worker;
  queued = 0;
  private nextId = 0;
  private readonly waiting = new Map<
    number,
    { resolve(done: Done): void; reject(e: Error): void }
  >();
  private finished?: (memo: MemoResults) => void;
  /** False once the thread failed or ended: it gets no more pages. */
  running = true;

  constructor(data: object) {
    this.worker = new Worker(new URL('./render-worker.mjs', import.meta.url), { workerData: data });
    this.worker.on('message', (message: Done | { type: 'finished'; memo: MemoResults }) => {
      if ('type' in message) {
        if (message.type === 'finished') this.finished?.(message.memo);
        return;
      }
      const waiter = this.waiting.get(message.id);
      this.waiting.delete(message.id);
      this.queued--;
      if (message.error) waiter?.reject(threadError(message.error));
      else waiter?.resolve(message);
    });
    this.worker.on('error', (error: Error) => this.stopped(error));
    this.worker.on('exit', (code) => this.stopped(new Error(`A render thread stopped (${code})`)));
  }

  /** The thread failed or ended: the pages it had fail the build, and it has nothing to hand on. */
  private stopped(error: Error) {
    this.running = false;
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
    this.finished?.([]);
  }

  async render(
    request: Request,
    { routeData, collectMetadata }: RenderOptions,
  ): Promise<RenderResult> {
    const id = this.nextId++;
    this.queued++;
    const done = await new Promise<Done>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({
        type: 'render',
        id,
        url: request.url,
        route: { route: routeData.route, component: routeData.component },
        collectMetadata,
      });
    });
    const response = new Response(done.body, {
      status: done.status,
      statusText: done.statusText,
      headers: done.headers,
    });
    return { response, metadata: done.metadata as never };
  }

  /** The memo results the thread used; then it stops. */
  async finish(): Promise<MemoResults> {
    if (!this.running) return [];
    const memo = new Promise<MemoResults>((resolve) => (this.finished = resolve));
    this.worker.postMessage({ type: 'finish' });
    const results = await memo;
    await this.worker.terminate();
    return results;
  }
}

function parallelPrerenderer(
  astroDefault: AstroPrerenderer,
  { count, startAfter }: ReturnType<typeof renderThreads>,
  entry: () => string | undefined,
  logger: AstroIntegrationLogger,
): AstroPrerenderer {
  let threads: RenderThread[] = [];
  /**
   * What a thread is started with: at once in a cold build, else once the main thread has
   * rendered `startAfter` pages.
   */
  let threadData: object | undefined;
  const rendered = { here: 0, threads: 0 };
  let shared = new Set<string>();
  /** `warmUp`: the threads run every route's getStaticPaths while they wait (render-worker.mjs). */
  const startThreads = (warmUp: boolean) => {
    if (!threadData) return;
    const data = { ...threadData, warmUp };
    threads = Array.from({ length: count }, () => new RenderThread(data));
    threadData = undefined;
  };
  return {
    name: 'portal:parallel-render',
    async setup() {
      await astroDefault.setup?.();
      // Astro's default prerenderer keeps the build app it loaded; its options hold what the
      // threads need. Without them (another Astro version) every page renders here.
      const app = (astroDefault as { app?: { getOptions?(): BuildOptions } }).app;
      const options = app?.getOptions?.();
      const entryFile = entry();
      if (!options || !entryFile) {
        logger.warn('the build app or prerender bundle was not found: pages render on one thread');
        return;
      }
      // A page-stage script needs Astro's bundle map, which stays in the main thread.
      if (options.settings.scripts.some((script) => script.stage === 'page')) {
        logger.warn('an integration injects a page script: pages render on one thread');
        return;
      }
      threadData = {
        entry: entryFile,
        pages: Object.values(options.allPages).map((page) => [page.key, { styles: page.styles }]),
        scripts: options.settings.scripts,
        logLevel: options.logger.options.level,
      };
      // Without the incremental cache of an earlier build every page renders: the threads start
      // now, loading the bundle and running getStaticPaths while this thread does.
      if (!existsSync(new URL(INCREMENTAL_MANIFEST, options.settings.config.cacheDir)))
        startThreads(true);
    },
    async getStaticPaths() {
      const paths = await astroDefault.getStaticPaths();
      // What this thread's getStaticPaths made (the templates' documents), for the threads to take
      // instead of making it again (memoFromMainThread): sent before their first path, or handed
      // to them when they start.
      const memo = resultsForRenderThreads();
      for (const thread of threads) thread.worker.postMessage({ type: 'memo', memo });
      if (threadData) threadData = { ...threadData, memo };
      shared = threadRoutes(paths);
      return spreadPaths(paths, shared);
    },
    render(request, options) {
      if (rendered.here >= startAfter) startThreads(false);
      const thread = shared.has(routeKey(options.routeData))
        ? threads
            .filter((candidate) => candidate.running && candidate.queued < QUEUED_PER_WORKER)
            .sort((a, b) => a.queued - b.queued)[0]
        : undefined;
      if (!thread) {
        rendered.here++;
        return astroDefault.render(request, options);
      }
      rendered.threads++;
      return thread.render(request, options);
    },
    async teardown() {
      try {
        for (const results of await Promise.all(threads.map((thread) => thread.finish())))
          addMemoResults(results);
        if (threads.length > 0)
          logger.info(
            `${rendered.threads} of ${rendered.here + rendered.threads} rendered in ${threads.length} render thread(s)`,
          );
      } finally {
        await Promise.all(threads.map((thread) => thread.worker.terminate()));
        threads = [];
        await astroDefault.teardown?.();
      }
    },
  };
}

export function parallelRender(): AstroIntegration {
  const settings = renderThreads();
  let entry: string | undefined;
  return {
    name: 'portal-parallel-render',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build' || settings.count === 0) return;
        updateConfig({
          // Astro asks for this many paths at once: enough for every thread and the main one.
          build: { concurrency: settings.count * QUEUED_PER_WORKER + MAIN_THREAD_PATHS },
          vite: {
            plugins: [
              {
                name: 'portal-prerender-entry',
                // The file the threads load: the prerender bundle's entry, as Astro finds it.
                writeBundle(output, bundle) {
                  for (const file of Object.values(bundle)) {
                    if (file.type === 'chunk' && file.fileName.startsWith('prerender-entry'))
                      entry = pathToFileURL(path.join(output.dir ?? '', file.fileName)).href;
                  }
                },
              },
            ],
          },
        });
      },
      'astro:build:start': ({ setPrerenderer, logger }) => {
        if (settings.count === 0) return;
        setPrerenderer((astroDefault) =>
          parallelPrerenderer(astroDefault, settings, () => entry, logger),
        );
      },
    },
  };
}
