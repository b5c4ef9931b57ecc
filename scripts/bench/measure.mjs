/**
 * Measurement helpers for the benchmark: run a command while sampling the memory of its whole
 * process tree, weigh the built pages, and time the first search query in Chromium.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

// ---------------------------------------------------------------- process tree memory

/** Children of a process, from /proc/<pid>/task/<tid>/children (one file per thread). */
function childrenOf(pid) {
  const found = [];
  let tasks;
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return found;
  }
  for (const tid of tasks) {
    try {
      const text = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf-8').trim();
      if (text) found.push(...text.split(/\s+/).map(Number));
    } catch {
      // the thread ended between listing and reading
    }
  }
  return found;
}

/** Resident memory of one process in bytes (0 when it is gone). */
function rssOf(pid) {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf-8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** The process's name (e.g. "node", "pagefind_extended"), for CPU time per program. */
function commandOf(pid) {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf-8').trim();
  } catch {
    return '?';
  }
}

let ticksPerSecond;
/** CPU time (user + system, all threads) a process has used so far, in ms; undefined when it is gone. */
function cpuOf(pid) {
  ticksPerSecond ??=
    Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf-8' }).trim()) || 100;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf-8');
    // Fields after the command name (which may contain spaces): utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
  } catch {
    return undefined;
  }
}

/** Sum of RSS over a process and all its descendants right now, and each one's CPU time so far. */
export function treeRss(rootPid) {
  let total = 0;
  const cpu = new Map();
  const queue = [rootPid];
  while (queue.length > 0) {
    const pid = queue.pop();
    if (cpu.has(pid)) continue;
    cpu.set(pid, { ms: cpuOf(pid) ?? 0, command: commandOf(pid) });
    total += rssOf(pid);
    queue.push(...childrenOf(pid));
  }
  return { bytes: total, processes: cpu.size, cpu };
}

/**
 * Runs `command args` and resolves to { ms, peakRss, processes, sampledCpuMs, code, logFile }.
 * The tree's RSS (the process plus every descendant, summed) is sampled every `intervalMs`; the
 * peak is the largest sum. CPU time is each process's last reading, summed. Output goes to `logFile` so a failed build can be read afterwards.
 */
export function runMeasured(command, args, { cwd, env, logFile, intervalMs = 100 }) {
  return new Promise((resolve, reject) => {
    const log = createWriteStream(logFile);
    const started = performance.now();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    let peakRss = 0;
    let processes = 0;
    // Last CPU reading per process: summed at the end, it counts threads and grandchildren
    // that the shell's own accounting misses (Pagefind's binary, for one).
    const cpuSeen = new Map();
    const sample = () => {
      const { bytes, processes: count, cpu } = treeRss(child.pid);
      if (bytes > peakRss) peakRss = bytes;
      if (count > processes) processes = count;
      for (const [pid, { ms, command }] of cpu) {
        const seen = cpuSeen.get(pid);
        // The latest name: a forked shell becomes the program it runs.
        cpuSeen.set(pid, {
          ms: Math.max(ms, seen?.ms ?? 0),
          command: command === '?' ? (seen?.command ?? '?') : command,
        });
      }
    };
    const timer = setInterval(sample, intervalMs);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const ms = performance.now() - started;
      const sampledCpuMs = [...cpuSeen.values()].reduce((a, b) => a + b.ms, 0);
      const cpuByCommand = {};
      for (const { ms: used, command } of cpuSeen.values()) {
        cpuByCommand[command] = Math.round((cpuByCommand[command] ?? 0) + used);
      }
      log.end(() => resolve({ ms, peakRss, processes, sampledCpuMs, cpuByCommand, code, logFile }));
    });
    sample();
  });
}

/** The last `lines` lines of a log file, for error messages. */
export function tail(file, lines = 30) {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf-8').split('\n').slice(-lines).join('\n');
}

// ---------------------------------------------------------------- output and page weight

/** Every file under dir, as absolute paths. */
export function walk(dir) {
  const found = [];
  const visit = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) visit(full);
      else found.push(full);
    }
  };
  visit(dir);
  return found;
}

/** Total bytes and file counts of a built site. */
export function outputSize(dir) {
  const files = walk(dir);
  let bytes = 0;
  let html = 0;
  let pagefindBytes = 0;
  for (const file of files) {
    const size = statSync(file).size;
    bytes += size;
    if (file.endsWith('.html')) html++;
    if (file.includes(`${path.sep}pagefind${path.sep}`)) pagefindBytes += size;
  }
  return { bytes, files: files.length, pages: html, pagefindBytes };
}

const STYLESHEET = /<link\b[^>]*\brel=["']?stylesheet["']?[^>]*>/gi;
const SCRIPT = /<script\b[^>]*\bsrc=["']?([^"' >]+)["']?[^>]*>/gi;
const HREF = /\bhref=["']?([^"' >]+)/i;

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

/**
 * Page weight as a browser on first visit downloads it: the HTML plus the CSS and JS it links
 * (not fonts or images), each gzip-compressed. Returns the median and the heaviest page.
 */
export function pageWeights(dir) {
  const gzipped = new Map();
  const gzipSize = (file) => {
    if (!gzipped.has(file))
      gzipped.set(file, existsSync(file) ? gzipSync(readFileSync(file)).length : 0);
    return gzipped.get(file);
  };
  const pages = walk(dir).filter((file) => file.endsWith('.html'));
  const weights = [];
  for (const file of pages) {
    const html = readFileSync(file);
    const text = html.toString('utf-8');
    const assets = new Set();
    for (const tag of text.matchAll(STYLESHEET)) {
      const href = HREF.exec(tag[0])?.[1];
      if (href) assets.add(href);
    }
    for (const match of text.matchAll(SCRIPT)) assets.add(match[1]);
    let bytes = gzipSync(html).length;
    for (const asset of assets) {
      if (/^(https?:)?\/\//.test(asset)) continue;
      const local = asset.startsWith('/')
        ? path.join(dir, asset.split(/[?#]/)[0])
        : path.join(path.dirname(file), asset.split(/[?#]/)[0]);
      bytes += gzipSize(local);
    }
    weights.push({ url: `/${path.relative(dir, file).replace(/index\.html$/, '')}`, bytes });
  }
  const sorted = weights.map((w) => w.bytes).sort((a, b) => a - b);
  const heaviest = weights.reduce((a, b) => (b.bytes > a.bytes ? b : a), { url: '', bytes: 0 });
  return {
    pages: weights.length,
    medianBytes: sorted.length ? percentile(sorted, 0.5) : 0,
    p95Bytes: sorted.length ? percentile(sorted, 0.95) : 0,
    maxBytes: heaviest.bytes,
    maxUrl: heaviest.url,
  };
}

// ---------------------------------------------------------------- search in Chromium

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.txt', '.xml']);

/**
 * Serves a built site the way a production host does for transfer sizes: gzip for text when
 * the browser asks for it (Pagefind's own index files are compressed already and sent as is).
 */
async function serveCompressed(dir, onServe = () => {}) {
  const root = path.resolve(dir);
  const { createServer } = await import('node:http');
  const server = createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = path.join(root, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
      file = path.join(root, '404.html');
      res.statusCode = 404;
      if (!existsSync(file)) return res.end();
    }
    const ext = path.extname(file).toLowerCase();
    let body = readFileSync(file);
    res.setHeader('content-type', TYPES[ext] ?? 'application/octet-stream');
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      body = gzipSync(body);
      res.setHeader('content-encoding', 'gzip');
    }
    res.setHeader('content-length', body.length);
    res.end(body);
    onServe({ path: urlPath, bytes: body.length });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * Opens the search page in Chromium, types `query` into its search field and measures the bytes
 * transferred from the first keystroke until the results show, and the time that took; also what
 * the page fetched under `searchFiles` before the keystroke (an engine loaded ahead, when idle).
 * "Results show" means new links appear in <main> (or `resultsSelector` matches when given).
 * The query is filled in at once, or typed key by key `typingDelayMs` apart.
 */
export async function measureSearch(
  dir,
  {
    query,
    searchPath = '/sok/',
    searchFiles = '/pagefind/',
    resultsSelector,
    timeoutMs = 20_000,
    typingDelayMs,
  },
) {
  const { chromium } = await import('playwright-core');
  if (!existsSync(path.join(dir, searchPath, 'index.html'))) {
    return { skipped: `no search page at ${searchPath}` };
  }
  // Counted where the files are served, not in the page: Pagefind fetches its WebAssembly and
  // index chunks from a Web Worker, whose requests the page's own network events never show.
  // Bytes are the response bodies as sent (gzip where the browser asks for it).
  const served = [];
  let typed = false;
  const server = await serveCompressed(dir, (response) =>
    served.push({ ...response, afterTyping: typed }),
  );
  const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  const browser = await chromium.launch({
    executablePath,
    args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}${searchPath}`, { waitUntil: 'networkidle' });
    // A page that loads its search engine ahead: type once that is done (Pagefind's metadata,
    // the last file it loads before a query), as a reader who arrives and then types would.
    const servedSearchFile = (pattern) =>
      served.some((r) => r.path.startsWith(searchFiles) && pattern.test(r.path));
    if (servedSearchFile(/./)) {
      const until = Date.now() + timeoutMs;
      while (!servedSearchFile(/\.pf_meta$/) && Date.now() < until)
        await new Promise((resolve) => setTimeout(resolve, 50));
      await page.waitForLoadState('networkidle');
    }
    // The search page's own field, not the header's (which comes first in the document).
    const inMain = page.locator('main input[type="search"], main input[name="q"]');
    const input =
      (await inMain.count()) > 0 ? inMain.first() : page.locator('input[type="search"]').first();
    await input.waitFor({ timeout: timeoutMs });

    const linksBefore = await page.evaluate(() => document.querySelectorAll('main a[href]').length);
    await page.evaluate(() => {
      window.__benchTyped = performance.now();
    });
    typed = true;
    // All at once, as pasted or picked from the browser's suggestions; or key by key, as typed
    // (each prefix may fetch its own index chunk: README, «Første søk»).
    if (typingDelayMs === undefined) await input.fill(query);
    else await input.pressSequentially(query, { delay: typingDelayMs });
    const waitForResults = resultsSelector
      ? page.waitForFunction(
          (selector) =>
            document.querySelector(selector) && (window.__benchShown ??= performance.now()),
          resultsSelector,
          { timeout: timeoutMs, polling: 'raf' },
        )
      : page.waitForFunction(
          (before) =>
            document.querySelectorAll('main a[href]').length > before &&
            (window.__benchShown ??= performance.now()),
          linksBefore,
          { timeout: timeoutMs, polling: 'raf' },
        );
    let shown = true;
    await waitForResults.catch(async () => {
      // A page that searches on submit only: press Enter and wait again.
      await input.press('Enter');
      shown = false;
    });
    if (!shown) {
      await page.waitForFunction(
        (before) =>
          document.querySelectorAll('main a[href]').length > before &&
          (window.__benchShown ??= performance.now()),
        linksBefore,
        { timeout: timeoutMs, polling: 'raf' },
      );
    }
    const ms = await page.evaluate(() => window.__benchShown - window.__benchTyped);
    // Let fragments requested for the first screen of results finish.
    await page.waitForLoadState('networkidle').catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 300));
    const list = served.filter((r) => r.afterTyping);
    // Search files the page fetched before the reader typed (its page and styles are not counted).
    const ahead = served.filter((r) => !r.afterTyping && r.path.startsWith(searchFiles));
    const results = await page.evaluate(() => document.querySelectorAll('main a[href]').length);
    return {
      query,
      ms: Math.round(ms),
      bytes: list.reduce((sum, r) => sum + r.bytes, 0),
      aheadBytes: ahead.reduce((sum, r) => sum + r.bytes, 0),
      aheadRequests: ahead.length,
      requests: list.length,
      largest: [...list]
        .sort((a, b) => b.bytes - a.bytes)
        .slice(0, 5)
        .map((r) => ({ url: r.path, bytes: r.bytes })),
      // Every request in the order served, for a file-by-file account (README «Første søk»).
      aheadFiles: ahead.map((r) => ({ url: r.path, bytes: r.bytes })),
      files: list.map((r) => ({ url: r.path, bytes: r.bytes })),
      linksAfter: results,
      submittedWithEnter: !shown,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

// ---------------------------------------------------------------- machine

export function machineFacts() {
  return {
    cores: availableParallelism(),
    memoryBytes: totalmem(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

// ---------------------------------------------------------------- where a build spends its time

/** "13.22s", "287ms" or "1m 10s" (as Astro prints durations) → ms. */
function toMs(text) {
  const [, minutes, amount, unit] = /^(?:(\d+)m )?([\d.]+)(ms|s)$/.exec(text) ?? [];
  if (amount === undefined) return undefined;
  return Math.round(Number(minutes ?? 0) * 60_000 + Number(amount) * (unit === 'ms' ? 1 : 1000));
}

/**
 * Phases of an `astro build` from its log, in ms: setup (config, content sync, types), bundle
 * (Vite), render (generating static routes: every page and endpoint), after (integrations'
 * `astro:build:done`, such as Starlight's search index and the sitemap), and `index` where
 * Starlight's Pagefind reports its own time. Undefined when the log lacks Astro's lines.
 */
export function astroPhases(log) {
  // eslint-disable-next-line no-control-regex -- colour codes, when a tool prints them anyway
  const text = log.replace(/\x1b\[[\d;]*m/g, '');
  const time = String.raw`((?:\d+m )?[\d.]+m?s)`;
  const first = (pattern) => {
    const match = new RegExp(pattern, 'm').exec(text);
    return match ? toMs(match[1]) : undefined;
  };
  const total = first(String.raw`\[build\] \d+ page\(s\) built in ${time}`);
  const completed = [
    ...text.matchAll(new RegExp(String.raw`^\S+ \[build\] ✓ Completed in ${time}`, 'gm')),
  ].map((m) => toMs(m[1]));
  const render = first(String.raw`^\S+ ✓ Completed in ${time}`);
  if (total === undefined || completed.length < 2 || render === undefined) return undefined;
  const [setup, bundleAndRender] = completed;
  const index = first(String.raw`Finished building search index in ${time}`);
  return {
    setup,
    bundle: Math.max(0, bundleAndRender - render),
    render,
    after: Math.max(0, total - setup - bundleAndRender),
    ...(index === undefined ? {} : { index }),
    total,
  };
}
