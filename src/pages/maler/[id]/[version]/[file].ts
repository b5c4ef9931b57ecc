/** A template's file at its versioned address, /maler/<id>/<version>/<file>, which never changes content. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadsOf, templates } from '../../../../lib/content/templates';
import type { Download } from '../../../../lib/templates/downloads';

export const getStaticPaths = (async () => {
  const paths = await Promise.all(
    (await templates()).map(async (template) =>
      (await downloadsOf(template)).map((download) => ({
        params: { id: template.id, version: template.data.version, file: download.fileName },
        props: { download },
      })),
    ),
  );
  return paths.flat();
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ download: Download }> = ({ props }) =>
  new Response(props.download.bytes.slice().buffer);
