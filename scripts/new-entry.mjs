#!/usr/bin/env node
/**
 * `npm run new -- <collection> <slug>`: writes content/<folder>/<slug>.md with every required
 * field filled in and each field's documentation line as a comment, as a draft
 * (src/lib/cms/scaffold.ts). For editors who prefer files to the web editor.
 *
 *   npm run new -- meetings markedsdialog-host-2027
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { withAstroModules } from './astro-modules.mjs';

const [collection, slug] = process.argv.slice(2);
if (!collection || !slug) {
  console.error(
    'Bruk: npm run new -- <samling> <filnavn>, for eksempel: npm run new -- meetings nytt-mote-2027',
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
    const entry = scaffold(
      collection,
      slug,
      fieldReference(),
      existingContent(contentRoot, (text) => load(text)),
      today,
    );
    const target = path.join(contentRoot, entry.file);
    if (existsSync(target))
      throw new Error(`${path.relative(process.cwd(), target)} finnes allerede`);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, entry.text);
    console.log(
      `Skrev ${path.relative(process.cwd(), target)} (utkast). Fyll ut feltene og fjern draft: true når den er klar.`,
    );
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
