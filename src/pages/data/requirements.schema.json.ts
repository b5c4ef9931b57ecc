import type { APIRoute } from 'astro';
import {
  jsonResponse,
  jsonSchemaOf,
  requirementsFileSchema,
  SCHEMA_TYPE,
} from '../../lib/requirements/open-data';
import { routes } from '../../lib/routes';

export const GET: APIRoute = ({ site }) =>
  jsonResponse(
    jsonSchemaOf(requirementsFileSchema, new URL(routes.openRequirementsSchema(), site).href),
    SCHEMA_TYPE,
  );
