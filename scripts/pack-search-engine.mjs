#!/usr/bin/env node
/**
 * Packs Pagefind's WebAssembly engines with zopfli and keeps the packed copies in the
 * repository (src/lib/search/engine-wasm.ts says why). Run after `npm run build` when Pagefind
 * has a new version: it reads the engines the search page loads (the languages in
 * pagefind-entry.json) from dist/pagefind/ (or $PORTAL_OUT_DIR/pagefind/), writes one copy per
 * engine and removes the copies no engine uses any more.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';
import { PACKED_DIR, packedName } from '../src/lib/search/engine-wasm.ts';

/** More passes pack no smaller (54 720 bytes at 15, 54 706 at 50 for the Norwegian engine). */
const ITERATIONS = 15;

const indexDir = path.resolve(process.env.PORTAL_OUT_DIR ?? 'dist', 'pagefind');
const entry = JSON.parse(await readFile(path.join(indexDir, 'pagefind-entry.json'), 'utf-8'));
const engines = Object.values(entry.languages).map((language) => `wasm.${language.wasm}.pagefind`);
const kept = new Set();
for (const file of engines) {
  const written = await readFile(path.join(indexDir, file));
  const unpacked = gunzipSync(written);
  const name = packedName(unpacked);
  const packed = Buffer.from(await gzipAsync(unpacked, { numiterations: ITERATIONS }));
  if (!gunzipSync(packed).equals(unpacked))
    throw new Error(`${file}: zopfli's output unpacks to other bytes`);
  await writeFile(new URL(name, PACKED_DIR), packed);
  kept.add(name);
  console.log(`${file}: ${written.length} → ${packed.length} bytes (${name})`);
}
const folder = fileURLToPath(PACKED_DIR);
for (const file of await readdir(folder)) if (!kept.has(file)) await rm(path.join(folder, file));
