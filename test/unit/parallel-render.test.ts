/**
 * Which paths may go to a render thread, and the order Astro is given them in
 * (src/lib/build/parallel-render.ts). The fixture build test/build/parallel-render.test.ts shows
 * the output is the same as a one-thread build's.
 */
import { describe, expect, test } from 'vitest';
import { spreadPaths, threadRoutes } from '../../src/lib/build/parallel-render';

type Route = { route: string; component: string; type: string };
const route = (component: string, type = 'page'): Route => ({
  route: `/${component}`,
  component: `src/pages/${component}`,
  type,
});
const pathsOf = (r: Route, count: number) =>
  Array.from({ length: count }, (_, i) => ({ pathname: `${r.route}/${i}`, route: r }));

const entries = route('krav/[id].astro');
const documents = route('krav/[id].docx.ts', 'endpoint');
const categories = route('krav/kategori/[id].ics.ts', 'endpoint');
const home = route('index.astro');
const keyOf = ({ component, route: pattern }: Route) => `${component}\0${pattern}`;

describe('threadRoutes', () => {
  const about = route('om/[id].astro');
  const filters = route('maler/fase/[stage].astro');
  const site = (filterPaths: number) => [
    ...pathsOf(home, 1),
    ...pathsOf(entries, 600),
    ...pathsOf(documents, 300),
    ...pathsOf(categories, 8),
    ...pathsOf(filters, filterPaths),
    ...pathsOf(about, 91 - filterPaths),
  ];

  test('every endpoint route, and page routes with at least 1 % of the paths', () => {
    expect(site(9)).toHaveLength(1000);
    expect([...threadRoutes(site(9))].sort()).toEqual(
      [about, categories, documents, entries].map(keyOf).sort(),
    );
    // 10 paths of 1 000 are 1 %.
    expect([...threadRoutes(site(10))].sort()).toEqual(
      [about, categories, documents, entries, filters].map(keyOf).sort(),
    );
  });

  test('a page route of one path never goes to a thread, however small the site', () => {
    const feed = route('krav/endringer.xml.ts', 'endpoint');
    const paths = [...pathsOf(home, 1), ...pathsOf(feed, 1), ...pathsOf(entries, 3)];
    expect([...threadRoutes(paths)].sort()).toEqual([entries, feed].map(keyOf).sort());
  });
});

describe('spreadPaths', () => {
  const paths = [
    ...pathsOf(home, 1),
    ...pathsOf(categories, 4),
    ...pathsOf(entries, 12),
    ...pathsOf(documents, 8),
  ];
  const shared = new Set([keyOf(entries), keyOf(documents)]);
  // (The category files are endpoints, so threadRoutes would share them too; here they stand for
  // any route the main thread keeps.)
  const spread = spreadPaths(paths, shared);
  const isShared = spread.map((path) => shared.has(keyOf(path.route)));

  test('every path once, and each route in its own order', () => {
    expect(spread).toHaveLength(paths.length);
    expect(new Set(spread)).toEqual(new Set(paths));
    for (const r of [home, categories, entries, documents])
      expect(spread.filter((path) => path.route === r)).toEqual(
        paths.filter((path) => path.route === r),
      );
  });

  test("the main thread's paths are spread among the others, none of them last", () => {
    // 5 own paths among 20 shared: one every fourth shared path, the first one first.
    const ownAt = isShared.flatMap((s, i) => (s ? [] : [i]));
    expect(ownAt).toEqual([0, 5, 10, 15, 20]);
    expect(isShared.at(-1)).toBe(true);
  });

  test('unchanged when every route, or none, may go to a thread', () => {
    expect(spreadPaths(paths, new Set())).toEqual(paths);
    const all = new Set(paths.map((path) => keyOf(path.route)));
    expect(spreadPaths(paths, all)).toEqual(paths);
  });
});
