import { describe, expect, it } from 'vitest';
import { changeLog, feedItemContent } from '../../src/lib/requirements/feed';
import { sampleRequirement } from './requirements-helpers';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('changeLog', () => {
  const v1 = {
    id: 'sosial-dialog-v1',
    data: sampleRequirement({
      code: 'EH-SD1',
      version: '1.0',
      effectiveFrom: day('2018-01-01'),
      supersedes: undefined,
      requirementText: 'Tiltakene skal gjennomføres senest innen tolv måneder.',
    }),
  };
  const v2 = {
    id: 'sosial-dialog',
    data: sampleRequirement({
      effectiveFrom: day('2026-01-01'),
      requirementText: 'Tiltakene skal gjennomføres senest innen seks måneder.',
    }),
  };
  const other = {
    id: 'etisk-handel-kontraktsvilkar',
    data: sampleRequirement({
      code: 'EH-K1',
      effectiveFrom: day('2026-01-01'),
      supersedes: undefined,
    }),
  };

  it('lists new requirements and new versions, newest first, ties by code', () => {
    const log = changeLog([v1, v2, other]);
    expect(log.map((c) => [c.requirement.id, c.kind])).toEqual([
      ['etisk-handel-kontraktsvilkar', 'new'],
      ['sosial-dialog', 'version'],
      ['sosial-dialog-v1', 'new'],
    ]);
    expect(log[1]!.previous?.id).toBe('sosial-dialog-v1');
    expect(log[1]!.words).toEqual({ added: 1, removed: 1 });
  });

  it('escapes text in the feed body', () => {
    const change = changeLog([
      {
        id: 'x',
        data: sampleRequirement({
          summary: 'A <b> & C',
          supersedes: undefined,
          changeNote: undefined,
        }),
      },
    ])[0]!;
    const html = feedItemContent(change, { changeNote: 'Endret', text: 'Kravtekst' });
    expect(html).toContain('A &lt;b&gt; &amp; C');
    expect(html).toContain('<blockquote><p>Leverandøren plikter');
    expect(html).not.toContain('Endret');
  });
});
