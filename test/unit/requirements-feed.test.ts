import { describe, expect, it } from 'vitest';
import { changeLog, feedItemContent, feedItemTitle } from '../../src/lib/requirements/feed';
import { sampleRequirement } from './requirements-helpers';

const labels = {
  changeNote: 'Endret',
  text: 'Kravtekst',
  example: 'Fiktivt eksempel',
  exampleNote: 'Laget for å vise hvordan portalen virker.',
  sources: 'Kilder',
};

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
    const html = feedItemContent(change, labels);
    expect(html).toContain('A &lt;b&gt; &amp; C');
    expect(html).toContain('<blockquote><p>Leverandøren plikter');
    expect(html).not.toContain('Endret');
  });

  it('an illustration says so first in its title and body; every item lists its sources', () => {
    const [example, sourced] = changeLog([
      { id: 'eks', data: sampleRequirement({ example: true, supersedes: undefined }) },
      { id: 'ekte', data: sampleRequirement({ supersedes: undefined, code: 'EH-SD3' }) },
    ]);
    const byId = (id: string) => [example, sourced].find((c) => c!.requirement.id === id)!;
    expect(feedItemTitle(byId('eks'))).toBe(
      'Fiktivt eksempel: Nytt krav: EH-SD2 Sosial dialog på fabrikknivå, versjon 2.0',
    );
    expect(feedItemTitle(byId('ekte'))).toBe(
      'Nytt krav: EH-SD3 Sosial dialog på fabrikknivå, versjon 2.0',
    );
    expect(feedItemTitle(byId('eks'), 'en')).toBe(
      'Fictional example: New requirement: EH-SD2 Sosial dialog på fabrikknivå, version 2.0',
    );
    expect(feedItemContent(byId('eks'), labels)).toMatch(
      /^<p><strong>Fiktivt eksempel:<\/strong> Laget/,
    );
    expect(feedItemContent(byId('ekte'), labels)).not.toContain('Fiktivt eksempel');
    expect(feedItemContent(byId('ekte'), labels)).toContain(
      '<h2>Kilder</h2><ul><li>Erfaringer med sosial dialog i anskaffelse og kontraktsoppfølging av arbeidstøy – UKE. Utviklings- og kompetanseetaten (UKE), Oslo kommune, 2020.</li></ul>',
    );
  });
});
