import type { APIRoute } from 'astro';
import {
  jsonResponse,
  jsonSchemaOf,
  riskCategoriesFileSchema,
  SCHEMA_TYPE,
} from '../../lib/requirements/open-data';
import { routes } from '../../lib/routes';

export const GET: APIRoute = ({ site }) =>
  jsonResponse(
    jsonSchemaOf(riskCategoriesFileSchema, new URL(routes.openRiskCategoriesSchema(), site).href),
    SCHEMA_TYPE,
  );
