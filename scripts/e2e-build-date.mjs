/**
 * The day `npm test` builds the site for (PORTAL_BUILD_DATE), so the browser tests see the same
 * site whatever today is: with today's content, one meeting is upcoming and the others are held
 * or cancelled on this day. Move it when the content no longer has a meeting after it.
 */
export const E2E_BUILD_DATE = '2026-12-01';
