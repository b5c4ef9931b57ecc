/**
 * A warm build keeps the previous output folder instead of emptying it (`emptyOutDir: false` in
 * astro.config.mjs): Astro's incremental build then leaves every unchanged keyed page and file
 * where it is, where it would otherwise delete the whole folder and copy them back from the cache
 * (deleting 2 500 files took 4.6 s of a 1 000-entry warm build in the bench profile).
 *
 * Astro reuses a file it finds in the output folder as the cached output of its path, so the
 * folder is kept only when it is exactly as this cache's last build left it: that build lists
 * every file with its time and size (`output-files.json` in the cache folder), and the list is
 * deleted when a build starts, so a failed build, another cache folder's build or any other
 * change to the folder empties it first, as Astro would.
 *
 * And the folder may then hold nothing this build did not make or keep: when the build is done,
 * every file is removed that it neither wrote (modified since it began) nor reused as the output
 * of one of its routes (`assets`): pages of removed entries, old hashed scripts and styles, files
 * taken out of public/, last build's search index (rebuilt after this one).
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The last build's output: the folder, and each file's modification time and size. */
export interface OutputRecord {
  outDir: string;
  files: Record<string, [mtimeMs: number, size: number]>;
}

/**
 * Every file under `dir`, as absolute paths. A walk with the synchronous calls: the promise
 * version of a recursive readdir took 1.7–2.5 s for the 23 000 files of a 10 000-entry build,
 * this 0.2 s (and a synchronous stat of each 0.1 s, against 0.8–1.0 s awaited one by one).
 */
function filesUnder(dir: string, files: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) filesUnder(file, files);
    else if (entry.isFile() || entry.isSymbolicLink()) files.push(file);
  }
  return files;
}

/**
 * Removes every file under `dir` that is not in `keep` and was last modified before `since`
 * (ms, as the file system's clock says), then the folders that became empty. Returns the
 * removed files, relative to `dir`, sorted, and the record of the files left (what
 * `recordOutput` would find), taken in the same walk.
 */
export function pruneOutput(
  dir: string,
  keep: ReadonlySet<string>,
  since: number,
): { removed: string[]; record: OutputRecord } {
  const removed: string[] = [];
  const record: OutputRecord = { outDir: dir, files: {} };
  // Only the folders a removed file was in (and theirs) may have become empty.
  const folders = new Set<string>();
  for (const file of filesUnder(dir)) {
    const { mtimeMs, size } = statSync(file);
    if (keep.has(file) || mtimeMs >= since) {
      record.files[path.relative(dir, file)] = [mtimeMs, size];
      continue;
    }
    unlinkSync(file);
    removed.push(path.relative(dir, file));
    let folder = path.dirname(file);
    while (folder.startsWith(`${path.resolve(dir)}${path.sep}`)) {
      folders.add(folder);
      folder = path.dirname(folder);
    }
  }
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
    if (readdirSync(folder).length === 0) rmdirSync(folder);
  }
  return { removed: removed.sort(), record };
}

/** What `isUnchanged` compares: every file under `dir` with its time and size. */
export function recordOutput(dir: string): OutputRecord {
  const files: OutputRecord['files'] = {};
  for (const file of filesUnder(dir)) {
    const { mtimeMs, size } = statSync(file);
    files[path.relative(dir, file)] = [mtimeMs, size];
  }
  return { outDir: dir, files };
}

/** Whether every recorded file of `dir` is still there with the same time and size. */
export function isUnchanged(record: OutputRecord | undefined, dir: string): boolean {
  if (record?.outDir !== dir) return false;
  return Object.entries(record.files).every(([file, [mtimeMs, size]]) => {
    try {
      const now = statSync(path.join(dir, file));
      return now.mtimeMs === mtimeMs && now.size === size;
    } catch {
      return false;
    }
  });
}

const readRecord = (file: string): OutputRecord | undefined => {
  try {
    return JSON.parse(readFileSync(file, 'utf-8')) as OutputRecord;
  } catch {
    return undefined;
  }
};

export function keepOutput(): AstroIntegration {
  let recordFile: string | undefined;
  let since = 0;
  return {
    name: 'portal-keep-output',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command !== 'build') return;
        const cacheDir = fileURLToPath(config.cacheDir);
        const outDir = path.resolve(fileURLToPath(config.outDir));
        recordFile = path.join(cacheDir, 'output-files.json');
        const record = readRecord(recordFile);
        // Gone until this build is done: a build that fails leaves no record behind.
        rmSync(recordFile, { force: true });
        if (existsSync(outDir) && !isUnchanged(record, outDir)) {
          logger.info('the output folder is not as the last build left it: it is emptied');
          updateConfig({ vite: { build: { emptyOutDir: true } } });
        }
        // The time of a file written now, by the clock the file system stamps files with (it
        // may lag Date.now() by a tick): every file this build writes is at least as new.
        mkdirSync(cacheDir, { recursive: true });
        const started = path.join(cacheDir, 'build-started');
        writeFileSync(started, '');
        since = Math.floor(statSync(started).mtimeMs);
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        if (!recordFile) return;
        const outDir = path.resolve(fileURLToPath(dir));
        const keep = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        const { removed, record } = pruneOutput(outDir, keep, since);
        if (removed.length > 0)
          logger.info(`${removed.length} file(s) from earlier builds removed from the output`);
        writeFileSync(recordFile, JSON.stringify(record));
      },
    },
  };
}
