/** Named examples of EntryLink's variants, rendered and checked with axe by test/unit/component-examples.test.ts. */
export const examples = {
  plain: { item: { url: '/maler/egenerklaering/', title: 'Egenerklæring om etisk handel' } },
  illustration: {
    item: { url: '/maler/oppfolgingsplan/', title: 'Oppfølgingsplan', example: true },
  },
  otherLanguage: {
    item: { url: '/kurs/etisk-handel/', title: 'Etisk handel i høyrisikoanskaffelser', lang: 'nb' },
  },
} as const;
