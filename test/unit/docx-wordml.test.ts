import { describe, expect, it } from 'vitest';
import {
  BodyBuilder,
  escapeXml,
  link,
  packDocument,
  relationshipId,
  run,
} from '../../src/lib/docx/wordml';
import { docxText, unzip } from './requirements-helpers';

const properties = {
  title: 'Krav & vilkår <test>',
  description: 'Beskrivelse',
  creator: 'Utviklings- og kompetanseetaten, Oslo kommune',
  date: new Date('2026-11-01T00:00:00Z'),
};

/** Every element opened is closed in order: the part is well-formed as far as tags go. */
function assertBalanced(xml: string): void {
  const stack: string[] = [];
  for (const [, closing, name, selfClosing] of xml.matchAll(/<(\/?)([\w:]+)(?:\s[^>]*?)?(\/?)>/g)) {
    if (selfClosing) continue;
    if (closing) expect(stack.pop()).toBe(name);
    else stack.push(name!);
  }
  expect(stack).toEqual([]);
}

describe('escapeXml', () => {
  it('escapes markup characters and drops characters XML forbids', () => {
    expect(escapeXml(`a & b < c > "d" 'e'\u0001`)).toBe(
      'a &amp; b &lt; c &gt; &quot;d&quot; &apos;e&apos;',
    );
  });
});

describe('packDocument', () => {
  const body = new BodyBuilder()
    .add([run('Tittel med <tegn> & mer')], { style: 'Title' })
    .add([run('Fet: ', { bold: true }), run('linje 1'), run('linje 2', { breakBefore: true })])
    .add([run('Punkt')], { bullet: true })
    .add([run('Kilde: '), link('https://www.ilo.org/', 'https://www.ilo.org/')])
    .build();

  it('writes a .docx whose parts are well-formed and carry the text, links and properties', async () => {
    const buffer = await packDocument([body], properties);
    const files = unzip(buffer);
    for (const name of ['[Content_Types].xml', 'word/styles.xml', 'word/numbering.xml']) {
      expect(files.has(name), name).toBe(true);
    }
    const document = files.get('word/document.xml')!.toString('utf8');
    assertBalanced(document);
    expect(document).toContain('<w:pStyle w:val="Title"/>');
    expect(document).toContain('<w:numId w:val="1"/>');
    expect(docxText(buffer)).toContain('Tittel med <tegn> & mer');
    expect(docxText(buffer)).toContain('linje 1linje 2'.replace('linje 2', '\nlinje 2'));

    const rels = files.get('word/_rels/document.xml.rels')!.toString('utf8');
    assertBalanced(rels);
    const id = relationshipId('https://www.ilo.org/');
    expect(document).toContain(`r:id="${id}"`);
    expect(rels).toContain(`Id="${id}"`);
    expect(rels).toContain('Target="https://www.ilo.org/" TargetMode="External"');
    // The shell's own placeholder link is not carried into real documents.
    expect(rels).not.toContain('example.invalid');

    const core = files.get('docProps/core.xml')!.toString('utf8');
    assertBalanced(core);
    expect(core).toContain('<dc:title>Krav &amp; vilkår &lt;test&gt;</dc:title>');
    expect(core).toContain('2026-11-01T00:00:00.000Z');

    // The quote style requirement texts use is defined, not only referenced.
    expect(files.get('word/styles.xml')!.toString('utf8')).toContain('w:styleId="IntenseQuote"');
  });

  it('gives the same bytes for the same input', async () => {
    const first = await packDocument([body], properties);
    const second = await packDocument([body], properties);
    expect(first.equals(second)).toBe(true);
  });

  it('joins blocks in order, with the links of every block, and reuses a block unchanged', async () => {
    const intro = new BodyBuilder().add([run('Innledning')]).build();
    const law = new BodyBuilder().add([link('lovdata', 'https://lovdata.no/')]).build();
    const buffer = await packDocument([intro, body, law, body], properties);
    const files = unzip(buffer);
    const document = files.get('word/document.xml')!.toString('utf8');
    assertBalanced(document);
    expect(document.split('Tittel med').length - 1).toBe(2);
    expect(docxText(buffer).indexOf('Innledning')).toBeLessThan(
      docxText(buffer).indexOf('lovdata'),
    );
    const rels = files.get('word/_rels/document.xml.rels')!.toString('utf8');
    expect(rels).toContain('Target="https://lovdata.no/"');
    expect(rels).toContain('Target="https://www.ilo.org/"');
    expect(rels.split('Target="https://www.ilo.org/"').length - 1).toBe(1);
  });
});
