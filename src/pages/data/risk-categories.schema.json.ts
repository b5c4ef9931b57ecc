import type { APIRoute } from 'astro';
import { openDataSchemaResponse } from '../../lib/pages/open-data';

export const GET: APIRoute = ({ site }) => openDataSchemaResponse('riskCategories', site);
