/**
 * Shared by the requirement tests: a sample requirement as the content schema parses it, and
 * the text of a .docx (a zip, opened with the reader in test/support).
 */
import { unzip as unzipEntries } from '../support/site-files';
import type { RequirementData } from '../../src/schemas/requirement';

export function sampleRequirement(overrides: Partial<RequirementData> = {}): RequirementData {
  return {
    kind: 'saerlig-kontraktsvilkar',
    draft: false,
    example: false,
    updated: new Date('2026-11-01T00:00:00Z'),
    reviewBy: new Date('2027-11-01T00:00:00Z'),
    code: 'EH-SD2',
    title: 'Sosial dialog på fabrikknivå',
    summary: 'Leverandøren skal gjennomføre tiltak for sosial dialog på de viktigste fabrikkene.',
    requirementText:
      'Leverandøren plikter å gjennomføre tiltak for sosial dialog på fabrikknivå.\n\nTiltakene skal være målbare.',
    oslomodellenPart: 'leverandorkjeder',
    appliesTo: {
      riskCategories: [{ collection: 'riskCategories', id: 'arbeidsklaer-sko-verneutstyr' }],
      valueOverNok: 500_000,
    },
    level: 'avansert',
    legalBasis: [
      { title: 'ILOs kjernekonvensjoner', url: 'https://www.ilo.org/' },
      { title: 'Byrådssak om etisk handel (2012)' },
    ],
    documentation: [
      {
        what: 'Plan for tiltak for sosial dialog',
        when: 'Senest seks måneder etter kontraktsoppstart',
        phase: 'kontraktsperiode',
      },
      {
        what: 'Rapport om gjennomførte tiltak og resultater',
        when: 'Årlig, og på forespørsel',
        phase: 'arlig',
      },
    ],
    followUp: 'UKE gjennomgår rapportene årlig og kan gjennomføre revisjon.',
    version: '2.0',
    effectiveFrom: new Date('2026-01-01T00:00:00Z'),
    supersedes: { collection: 'requirements', id: 'sosial-dialog-v1' },
    changeNote: 'Fristen er seks måneder.',
    audience: ['leverandor', 'innkjoper'],
    illustrativeFields: ['code', 'version', 'effectiveFrom'],
    sources: [
      {
        title:
          'Erfaringer med sosial dialog i anskaffelse og kontraktsoppfølging av arbeidstøy – UKE',
        publisher: 'Utviklings- og kompetanseetaten (UKE), Oslo kommune',
        date: 2020,
      },
    ],
    ...overrides,
  } as RequirementData;
}

/** The files in a zip archive (a .docx), by name. */
export function unzip(buffer: Buffer): Map<string, Buffer> {
  return new Map(unzipEntries(buffer).map((entry) => [entry.name, entry.data]));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The visible text of a .docx, one line per paragraph. */
export function docxText(buffer: Buffer): string {
  const xml = unzip(buffer).get('word/document.xml')?.toString('utf8');
  if (!xml) throw new Error('no word/document.xml in the archive');
  return xml
    .split('</w:p>')
    .map((paragraph) =>
      [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
        .map((m) => (m[0] === '<w:br/>' ? '\n' : (m[1] ?? '')))
        .join(''),
    )
    .join('\n')
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name] ?? '');
}
