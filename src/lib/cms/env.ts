/**
 * The environment variables of the web editor (/admin/; see the README's «Miljøvariabler»).
 * They shape only /admin/config.yml, which is rendered on every build, never a page the warm
 * build reuses, so the cache key (src/lib/content/cache-key.ts) leaves them out.
 */
export const CMS_ENV = [
  'PORTAL_CMS_BACKEND',
  'PORTAL_CMS_REPO',
  'PORTAL_CMS_BRANCH',
  'PORTAL_CMS_BASE_URL',
  'PORTAL_CMS_AUTH_ENDPOINT',
  'PORTAL_CMS_APP_ID',
  'PORTAL_CMS_PROXY_PORT',
] as const;
