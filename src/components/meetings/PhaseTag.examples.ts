/** Named examples of PhaseTag, one per phase (test/unit/component-examples.test.ts). */
export const examples = {
  upcoming: { phase: 'kommende' },
  held: { phase: 'gjennomfort' },
  cancelled: { phase: 'avlyst' },
} as const;
