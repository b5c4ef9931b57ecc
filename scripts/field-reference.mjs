// Prints the editors' field reference as Markdown, read from src/schemas (same code as the /for-redaktorer/felter/ page).
import { createServer } from 'vite';

const server = await createServer({
  server: { middlewareMode: true },
  appType: 'custom',
  logLevel: 'error',
});
try {
  const { fieldReferenceMarkdown } = await server.ssrLoadModule('/src/lib/field-reference.ts');
  process.stdout.write(`# Feltreferanse for redaktører\n\n${fieldReferenceMarkdown()}\n`);
} finally {
  await server.close();
}
