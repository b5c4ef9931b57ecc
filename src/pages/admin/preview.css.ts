/**
 * /admin/preview.css: the site's own styles and fonts, for the editor's preview pane
 * (CMS.registerPreviewStyle in public/admin/editor-setup.js).
 */
import fonts from '../../styles/fonts.css?inline';
import punkt from '../../styles/punkt.scss?inline';
import site from '../../styles/site.css?inline';

export const GET = () =>
  new Response(`${fonts}\n${punkt}\n${site}\n`, {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
