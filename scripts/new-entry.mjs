#!/usr/bin/env node
/**
 * `npm run new -- <collection> <slug>`: writes content/<folder>/<slug>.md with every required
 * field filled in and each field's documentation line as a comment, as a draft
 * (src/lib/cms/scaffold.ts). For editors who prefer files to the web editor. More pairs write
 * more entries in one run (loading the schemas takes a few seconds each run); nothing is
 * written unless every pair can be.
 *
 *   npm run new -- meetings markedsdialog-host-2027
 *   npm run new -- meetings markedsdialog-host-2027 procurements moebler-2027
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { withAstroModules } from './astro-modules.mjs';

const args = process.argv.slice(2);
/** [collection, slug] pairs, in the order given. */
const pairs = Array.from({ length: Math.floor(args.length / 2) }, (_, i) =>
  args.slice(2 * i, 2 * i + 2),
);
if (args.length === 0 || args.length % 2 !== 0) {
  console.error(
    'Bruk: npm run new -- <samling> <filnavn> [<samling> <filnavn> …], for eksempel: npm run new -- meetings nytt-mote-2027',
  );
  process.exit(1);
}

try {
  await withAstroModules(async (importModule) => {
    const { scaffold, existingContent } = await importModule('/src/lib/cms/scaffold.ts');
    const { fieldReference } = await importModule('/src/lib/field-reference.ts');
    const { contentRoot } = await importModule('/src/lib/content/loader.ts');
    const today = new Date(
      `${new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' })}T00:00:00Z`,
    );
    const docs = fieldReference();
    const existing = existingContent(contentRoot, (text) => load(text));
    const entries = pairs.map(([collection, slug]) => {
      const entry = scaffold(collection, slug, docs, existing, today);
      const target = path.join(contentRoot, entry.file);
      if (existsSync(target))
        throw new Error(`${path.relative(process.cwd(), target)} finnes allerede`);
      return { target, text: entry.text };
    });
    const targets = entries.map((entry) => entry.target);
    const twice = targets.find((target, i) => targets.indexOf(target) !== i);
    if (twice) throw new Error(`${path.relative(process.cwd(), twice)} er nevnt to ganger`);
    for (const { target, text } of entries) {
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, text);
      console.log(
        `Skrev ${path.relative(process.cwd(), target)} (utkast). Fyll ut feltene og fjern draft: true når den er klar.`,
      );
    }
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
