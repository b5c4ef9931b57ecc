/** A template's file at its stable address, /maler/<id>/<file>: always the newest version. */
import type { APIRoute, GetStaticPaths } from 'astro';
import {
  downloadOf,
  downloadPathsOf,
  templates,
  type Template,
} from '../../../lib/content/templates';

export const getStaticPaths = (async () => {
  const paths = await Promise.all(
    (await templates()).map(async (template) =>
      (await downloadPathsOf(template)).map(({ fileName }) => ({
        params: { id: template.id, file: fileName },
        props: { template, fileName },
      })),
    ),
  );
  return paths.flat();
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ template: Template; fileName: string }> = async ({ props }) =>
  new Response((await downloadOf(props.template, props.fileName)).bytes.slice().buffer);
