// Prints the editors' field reference as Markdown, read from src/schemas (same code as the /for-redaktorer/felter/ page).
// Astro's Vite config resolves `astro:content`, which the schemas import for reference().
import { getViteConfig } from 'astro/config';
import { createServer } from 'vite';

const config = await getViteConfig(
  {},
  { logLevel: 'error' },
)({ command: 'serve', mode: 'development' });
const server = await createServer({
  ...config,
  server: { middlewareMode: true },
  appType: 'custom',
  logLevel: 'error',
});
try {
  const { fieldReferenceMarkdown, translationReferenceMarkdown } = await server.ssrLoadModule(
    '/src/lib/field-reference.ts',
  );
  process.stdout.write(
    `# Feltreferanse for redaktører\n\n${fieldReferenceMarkdown()}\n\n${translationReferenceMarkdown()}\n`,
  );
} finally {
  await server.close();
}
