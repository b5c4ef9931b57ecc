import { describe, expect, it } from 'vitest';
import { categoryDocx, requirementDocx } from '../../src/lib/requirements/docx';
import { docxText, sampleRequirement, unzip } from './requirements-helpers';

const sourceUrl = 'https://etiskhandel.uke.oslo.kommune.no/krav/sosial-dialog/';

describe('requirementDocx', () => {
  it('writes a real .docx with title, text, documentation duties, version and source URL', async () => {
    const data = sampleRequirement();
    const buffer = await requirementDocx({
      data,
      appliesToText: 'Arbeidsklær, sko og verneutstyr',
      sourceUrl,
    });
    expect(buffer.subarray(0, 2).toString()).toBe('PK');
    const files = unzip(buffer);
    expect(files.has('[Content_Types].xml')).toBe(true);
    const text = docxText(buffer);
    expect(text).toContain('EH-SD2 Sosial dialog på fabrikknivå');
    expect(text).toContain(
      'Leverandøren plikter å gjennomføre tiltak for sosial dialog på fabrikknivå.',
    );
    expect(text).toContain('Tiltakene skal være målbare.');
    for (const duty of data.documentation) {
      expect(text).toContain(duty.what);
      expect(text).toContain(duty.when);
    }
    // Duties under their phase, in the supplier's order: the contract period before the yearly report.
    const contractPeriod = text.indexOf('I kontraktsperioden');
    const yearly = text.indexOf('Hvert år i kontraktsperioden');
    expect(contractPeriod).toBeGreaterThan(-1);
    expect(text.indexOf(data.documentation[0]!.what)).toBeGreaterThan(contractPeriod);
    expect(yearly).toBeGreaterThan(text.indexOf(data.documentation[0]!.what));
    expect(text.indexOf(data.documentation[1]!.what)).toBeGreaterThan(yearly);
    expect(text).toContain('Versjon: 2.0');
    expect(text).toContain(sourceUrl);
    expect(text).toMatch(/Gjelder når kontraktsverdien er over: 500\s000 kr/);
    expect(text).toContain('Fristen er seks måneder.');
  });

  it('shows the example label for invented requirements and the weight of award criteria', async () => {
    const data = sampleRequirement({
      example: true,
      kind: 'tildelingskriterium',
      weightPercent: 20,
    } as never);
    const text = docxText(
      await requirementDocx({ data, appliesToText: 'Alle høyrisikokategorier', sourceUrl }),
    );
    expect(text).toContain(
      'FIKTIVT EKSEMPEL: Dette kravet er laget for å vise hvordan portalen virker.',
    );
    expect(text).toContain('Vekt: 20 %');
    const sourced = docxText(
      await requirementDocx({ data: sampleRequirement(), appliesToText: 'Alle', sourceUrl }),
    );
    expect(sourced).not.toContain('FIKTIVT EKSEMPEL');
    expect(sourced).toContain(
      'Kravteksten er UKEs, men dette er portalens egne opplysninger som ikke står i kilden: kravnummer, versjon, datoen kravet gjelder fra.',
    );
  });
});

describe('the English .docx', () => {
  it('has every label, heading and note in English; the Norwegian words are gone', async () => {
    const data = sampleRequirement({ example: true });
    const text = docxText(
      await requirementDocx({ data, appliesToText: 'Workwear', sourceUrl, locale: 'en' }),
    );
    expect(text).toContain('FICTIONAL EXAMPLE: This requirement was made to show');
    expect(text).toContain('Type: Special contract condition');
    expect(text).toContain('Version: 2.0');
    expect(text).toContain('Applies when the contract value is above: NOK 500,000');
    expect(text).toContain('Requirement text');
    expect(text).toContain('What the supplier must document');
    expect(text).toContain('During the contract period');
    expect(text).toContain('How UKE follows up');
    expect(text).toContain(`Source: ${sourceUrl}`);
    for (const norwegian of ['Versjon', 'Kravtekst', 'Gjelder', 'Kilde', 'Slik følger']) {
      expect(text).not.toContain(norwegian);
    }
    const category = docxText(
      await categoryDocx({
        categoryTitle: 'Consultancy',
        date: new Date('2026-11-01T00:00:00Z'),
        sourceUrl,
        requirements: [],
        locale: 'en',
      }),
    );
    expect(category).toContain('Ethical trade requirements: Consultancy');
    expect(category).toContain('No ethical trade requirements apply to this category.');
  });
});

describe('categoryDocx', () => {
  it('collects every requirement for the category', async () => {
    const first = sampleRequirement();
    const second = sampleRequirement({
      code: 'EH-K1',
      title: 'Kontraktsvilkår om etisk handel',
      version: '1.0',
    });
    const buffer = await categoryDocx({
      categoryTitle: 'Arbeidsklær, sko og verneutstyr',
      date: new Date('2026-11-01T00:00:00Z'),
      sourceUrl:
        'https://etiskhandel.uke.oslo.kommune.no/krav/kategori/arbeidsklaer-sko-verneutstyr/',
      requirements: [
        { data: first, appliesToText: 'Arbeidsklær', sourceUrl },
        { data: second, appliesToText: 'Alle høyrisikokategorier', sourceUrl: `${sourceUrl}x/` },
      ],
    });
    const text = docxText(buffer);
    expect(text).toContain('Krav om etisk handel: Arbeidsklær, sko og verneutstyr');
    expect(text).toContain('EH-SD2 Sosial dialog på fabrikknivå');
    expect(text).toContain('EH-K1 Kontraktsvilkår om etisk handel');
    expect(text).toContain('Versjon: 1.0');
  });
  it('says so when no requirement applies', async () => {
    const text = docxText(
      await categoryDocx({
        categoryTitle: 'Konsulenttjenester',
        date: new Date('2026-11-01T00:00:00Z'),
        sourceUrl,
        requirements: [],
      }),
    );
    expect(text).toContain('Ingen krav om etisk handel gjelder for denne kategorien.');
  });
});
