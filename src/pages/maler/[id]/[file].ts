/** A template's file at its stable address, /maler/<id>/<file>: always the newest version. */
import type { APIRoute, GetStaticPaths } from 'astro';
import {
  templateFilePaths,
  templateFileResponse,
  type TemplateFileProps,
} from '../../../lib/content/templates';

export const getStaticPaths = (() =>
  templateFilePaths((template, file) => ({ id: template.id, file }))) satisfies GetStaticPaths;

export const GET: APIRoute<TemplateFileProps> = ({ props }) => templateFileResponse(props);
