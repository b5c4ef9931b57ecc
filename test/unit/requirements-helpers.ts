/**
 * Shared by the requirement tests: a sample requirement as the content schema parses it, and a
 * tiny zip reader (node:zlib) to open .docx files without another dependency.
 */
import { inflateRawSync } from 'node:zlib';
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
    appliesTo: { riskCategories: [{ collection: 'riskCategories', id: 'arbeidsklaer-sko-verneutstyr' }], valueOverNok: 500_000 },
    level: 'avansert',
    legalBasis: [
      { title: 'ILOs kjernekonvensjoner', url: 'https://www.ilo.org/' },
      { title: 'Byrådssak om etisk handel (2012)' },
    ],
    documentation: [
      { what: 'Plan for tiltak for sosial dialog', when: 'Senest seks måneder etter kontraktsoppstart' },
      { what: 'Rapport om gjennomførte tiltak og resultater', when: 'Årlig, og på forespørsel' },
    ],
    followUp: 'UKE gjennomgår rapportene årlig og kan gjennomføre revisjon.',
    version: '2.0',
    effectiveFrom: new Date('2026-01-01T00:00:00Z'),
    supersedes: { collection: 'requirements', id: 'sosial-dialog-v1' },
    changeNote: 'Fristen er seks måneder.',
    audience: ['leverandor', 'innkjoper'],
    ...overrides,
  } as RequirementData;
}

/** The files in a zip archive, by name. Handles the stored and deflated entries .docx uses. */
export function unzip(buffer: Buffer): Map<string, Buffer> {
  let end = buffer.length - 22;
  while (end >= 0 && buffer.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip file: no end of central directory');
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (buffer.readUInt32LE(at) !== 0x02014b50) throw new Error('broken central directory');
    const method = buffer.readUInt16LE(at + 10);
    const size = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const skip = nameLength + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const raw = buffer.subarray(dataStart, dataStart + size);
    files.set(name, method === 8 ? inflateRawSync(raw) : Buffer.from(raw));
    at += 46 + skip;
  }
  return files;
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
