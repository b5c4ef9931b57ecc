/**
 * Reads the V8 CPU profiles a build wrote (`node --cpu-prof`) and says where the time went:
 * self time per function, time per package or site chunk, and inclusive time of the site's
 * own functions (they run from Astro's prerender chunks, so the chunk names point at pages).
 *
 *   node scripts/bench/profile.mjs <dir-with-.cpuprofile-files> [--top 30]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where a script URL belongs: a package, the site's built chunks, a site source file, or Node. */
function areaOf(url, root) {
  if (!url) return '(native / VM)';
  const file = url.replace(/^file:\/\//, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (pkg) return pkg[1];
  if (file.includes('/.prerender/') || file.includes('/chunks/'))
    return `site chunk ${path.basename(file)}`;
  if (root && file.startsWith(root)) return path.relative(root, file);
  if (file.startsWith('node:')) return 'node internals';
  return file;
}

const isSiteCode = (url) => /\/\.prerender\/|\/chunks\//.test(url) && !/node_modules/.test(url);

/** Summarizes every .cpuprofile in `dir`; returns { totalMs, self, areas, site, text }. */
export function summarizeProfile(dir, { top = 30, root } = {}) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  const self = new Map();
  const areas = new Map();
  const inclusive = new Map();
  let totalMs = 0;
  for (const file of files) {
    const profile = JSON.parse(readFileSync(path.join(dir, file), 'utf-8'));
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const parent = new Map();
    for (const node of profile.nodes)
      for (const child of node.children ?? []) parent.set(child, node.id);
    const selfMs = new Map();
    profile.samples.forEach((id, i) => {
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      selfMs.set(id, (selfMs.get(id) ?? 0) + ms);
      totalMs += ms;
    });
    const keyOf = (node) => {
      const { functionName, url, lineNumber } = node.callFrame;
      return `${functionName || '(anonymous)'} ${url ? `${path.basename(url)}:${lineNumber + 1}` : ''}`.trim();
    };
    for (const [id, ms] of selfMs) {
      const node = byId.get(id);
      const key = keyOf(node);
      self.set(key, (self.get(key) ?? 0) + ms);
      const area = areaOf(node.callFrame.url, root);
      areas.set(area, (areas.get(area) ?? 0) + ms);
      // Inclusive time of site functions: credit each distinct site frame on the stack once.
      const credited = new Set();
      for (let at = id; at !== undefined; at = parent.get(at)) {
        const frame = byId.get(at);
        if (!isSiteCode(frame.callFrame.url)) continue;
        const frameKey = `${keyOf(frame)} [${path.basename(frame.callFrame.url)}]`;
        if (credited.has(frameKey)) continue;
        credited.add(frameKey);
        inclusive.set(frameKey, (inclusive.get(frameKey) ?? 0) + ms);
      }
    }
  }
  const ranked = (map) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name, ms: Math.round(ms), share: totalMs ? ms / totalMs : 0 }));
  const result = {
    files: files.length,
    totalMs: Math.round(totalMs),
    self: ranked(self),
    areas: ranked(areas),
    site: ranked(inclusive),
  };
  const lines = (title, list) => [
    `${title}:`,
    ...list.map(
      (r) =>
        `  ${String(r.ms).padStart(7)} ms ${(100 * r.share).toFixed(1).padStart(5)} %  ${r.name}`,
    ),
  ];
  result.text = [
    `${result.totalMs} ms sampled in ${files.length} profile(s)`,
    ...lines('By package / area (self)', result.areas),
    ...lines('Functions (self)', result.self),
    ...lines("Site code (inclusive, from Astro's prerender chunks)", result.site),
  ].join('\n');
  return result;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir)
    throw new Error(
      'usage: node scripts/bench/profile.mjs <dir-with-.cpuprofile-files> [--top 30]',
    );
  const topIndex = process.argv.indexOf('--top');
  const top = topIndex > 0 ? Number(process.argv[topIndex + 1]) : 30;
  console.log(summarizeProfile(dir, { top, root: process.cwd() }).text);
}
