/**
 * A render thread for parallel-render.ts. It loads the same prerender bundle as Astro's main
 * thread and renders the pages it is sent; the main thread writes the files and keeps the
 * incremental cache, as it does for the pages it renders itself. Plain JavaScript: Node starts
 * it directly, outside Vite.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { installRenderScope, renderForPrerender } from 'astro/app';
import nodeLogDestination from 'astro/logger/node';
import { StaticPaths } from 'astro/runtime/prerender/static-paths.js';

/** @type {{ entry: string, pages: [string, { styles: unknown[] }][], scripts: unknown[], logLevel: string, warmUp: boolean, memo?: unknown[] }} */
const { entry, pages, scripts, logLevel, warmUp, memo } = workerData;

// What the main thread made in its getStaticPaths (the templates' documents), which the pages
// here take instead of making it again (memoFromMainThread in src/lib/content/build-memo.ts):
// handed over at the start, or sent before the first path when the thread starts with the build.
let receiveMemo;
globalThis[Symbol.for('portal.build-memo.from-main-thread')] = new Promise(
  (resolve) => (receiveMemo = resolve),
);
if (memo) receiveMemo(memo);

// The scope Astro's incremental build reads each page's content entries from (as its default
// prerenderer installs it in the main thread).
installRenderScope(new AsyncLocalStorage());

// Only the main thread reads the incremental build's keys: the pages' getStaticPaths skip making
// them here (KEYLESS_THREAD in src/lib/content/cache-key.ts).
globalThis[Symbol.for('portal.keyless-render-thread')] = true;

const { app } = await import(entry);
// What the build app reads from Astro's build state while rendering: each page's styles and
// scripts (its head elements) and the log destination. The rest stays in the main thread.
app.setInternals({ pagesByKeys: new Map(pages), entrySpecifierToBundleMap: new Map() });
app.setOptions({
  settings: { scripts },
  logger: { options: { destination: nodeLogDestination({ level: logLevel }) } },
});

/**
 * In a cold build the thread starts while the main thread runs every route's getStaticPaths, and
 * would wait for its first path: it runs them too, so that the props of its paths and the data
 * they share are ready when they come (bench corpus, 3 000 entries: the thread's first path cost
 * it 1.8–2.4 s of CPU, most of it that data). A route's error is left to the main thread, which
 * runs the same getStaticPaths and reports it; a path here runs its route's again.
 */
const ready = warmUp
  ? new StaticPaths(app).getAll().then(
      () => undefined,
      () => undefined,
    )
  : Promise.resolve();

/** This thread's own route data (its pattern and route cache belong to this bundle copy). */
function routeOf({ route, component }) {
  for (const { routeData } of app.manifest.routes) {
    for (const candidate of [routeData, ...routeData.fallbackRoutes]) {
      if (candidate.route === route && candidate.component === component) return candidate;
    }
  }
  throw new Error(`No route ${route} (${component}) in the prerender bundle`);
}

/** An error as plain data: its text and the fields (file, problems, hint) its reader prints. */
function plainError(error) {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error), fields: {} };
  let fields = {};
  try {
    fields = JSON.parse(JSON.stringify({ ...error }));
  } catch {
    // Fields that are not plain data stay behind; name, message and stack still go.
  }
  return { name: error.name, message: error.message, stack: error.stack, fields };
}

async function render({ id, url, route, collectMetadata }) {
  await ready;
  const request = new Request(url);
  const { response, metadata } = await renderForPrerender(app, request, {
    routeData: routeOf(route),
    collectMetadata,
  });
  const body = response.body === null ? null : await response.arrayBuffer();
  const done = {
    id,
    status: response.status,
    statusText: response.statusText,
    headers: [...response.headers],
    body,
    metadata,
  };
  parentPort.postMessage(done, body ? [body] : []);
}

parentPort.on('message', (message) => {
  if (message.type === 'memo') {
    receiveMemo(message.memo);
  } else if (message.type === 'render') {
    render(message).catch((error) =>
      parentPort.postMessage({ id: message.id, error: plainError(error) }),
    );
  } else if (message.type === 'finish') {
    // The memo results this thread used (src/lib/content/build-memo.ts keeps them per thread
    // under this symbol), for the main thread to save with its own.
    const stores = globalThis[Symbol.for('portal.build-memo')] ?? new Map();
    const memo = [...stores].map(([name, { used, made }]) => [name, { used, made }]);
    parentPort.postMessage({ type: 'finished', memo });
  }
});
