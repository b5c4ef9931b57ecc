/**
 * /admin/preview.css: the site's own styles, for the editor's preview pane
 * (CMS.registerPreviewStyle in public/admin/editor-setup.js). The web fonts stay out: their
 * files are fingerprinted by the site build, and the preview reads fine in the fallback font.
 */
import punkt from '../../styles/punkt.scss?inline';
import site from '../../styles/site.css?inline';

export const GET = () =>
  new Response(`${punkt}\n${site}\n`, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
