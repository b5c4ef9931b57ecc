import type { APIRoute } from 'astro';
import { openDataResponse } from '../../lib/pages/open-data';

export const GET: APIRoute = ({ site }) => openDataResponse('riskCategories', site);
