/** A template's file at its versioned address, /maler/<id>/<version>/<file>, which never changes content. */
import type { APIRoute, GetStaticPaths } from 'astro';
import {
  templateFilePaths,
  templateFileResponse,
  type TemplateFileProps,
} from '../../../../lib/content/templates';

export const getStaticPaths = (() =>
  templateFilePaths((template, file) => ({
    id: template.id,
    version: template.data.version,
    file,
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<TemplateFileProps> = ({ props }) => templateFileResponse(props);
