// Prints the editors' field reference as Markdown, read from src/schemas (same code as the /for-redaktorer/felter/ page).
import { withAstroModules } from './astro-modules.mjs';

await withAstroModules(async (load) => {
  const { fieldReferenceMarkdown, translationReferenceMarkdown } = await load(
    '/src/lib/field-reference.ts',
  );
  process.stdout.write(
    `# Feltreferanse for redaktører\n\n${fieldReferenceMarkdown()}\n\n${translationReferenceMarkdown()}\n`,
  );
});
