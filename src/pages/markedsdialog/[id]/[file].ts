/** Meeting materials, copied from content/meetings/ to a stable address under the meeting. */
import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { allMeetings, type Material } from '../../../lib/content/meetings';

export const getStaticPaths = (async () =>
  (await allMeetings()).flatMap((meeting) =>
    meeting.materials.map((material) => ({
      params: { id: meeting.id, file: material.fileName },
      props: { material },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ material: Material }> = async ({ props }) =>
  new Response(await readFile(props.material.sourcePath));
