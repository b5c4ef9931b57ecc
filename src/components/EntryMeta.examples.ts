/** Named examples of EntryMeta's variants, rendered and checked with axe by test/unit/component-examples.test.ts. */
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export const examples = {
  updatedOnly: { updated: day('2026-11-01') },
  illustration: { updated: day('2026-11-01'), example: true },
  factsFromAYear: { updated: day('2026-11-01'), factsAsOf: 2020 },
  withChangeNote: {
    updated: day('2026-11-16'),
    changes: [
      { date: day('2026-10-01'), note: 'Eldre endring.' },
      { date: day('2026-11-16'), note: 'Agendaen har fått et nytt punkt.' },
    ],
  },
};
