/*
 * The web editor's additions to Decap CMS, run right after the bundle (/admin/index.html):
 * the site's own styles in the preview, and the <Term> component of MDX texts as a button in
 * the text editor («+ Ordlisteord»), with the glossary searched by title.
 * Decap's text-editor components are blocks: the term is inserted as its own paragraph and
 * can be moved into a sentence in the Markdown view.
 */
/* global CMS */
CMS.registerPreviewStyle('/admin/preview.css');

CMS.registerEditorComponent({
  id: 'term',
  label: 'Ordlisteord',
  fields: [
    {
      name: 'id',
      label: 'Ordet i ordlisten',
      widget: 'relation',
      collection: 'glossary',
      search_fields: ['title'],
      display_fields: ['title'],
      value_field: '{{slug}}',
    },
    { name: 'text', label: 'Teksten som vises', widget: 'string' },
  ],
  pattern: /^<Term id="([^"]+)">([^<]*)<\/Term>$/,
  fromBlock: (match) => ({ id: match[1], text: match[2] }),
  toBlock: (data) => `<Term id="${data.id}">${data.text}</Term>`,
  toPreview: (data) => `<a class="eh-term" href="/ordliste/${data.id}/">${data.text}</a>`,
});
