/**
 * /admin/config.yml, generated from the schemas at build time (src/lib/cms/config.ts). Under
 * `astro dev` it points the editor at decap-server, the local backend (`npm run edit`).
 */
import { cmsConfigYaml } from '../../lib/cms/config';

export const GET = () =>
  new Response(cmsConfigYaml({ localBackend: import.meta.env.DEV }), {
    headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
  });
