import { describe, expect, it } from 'vitest';
import { exampleLabelHtml, fictionalMarkHtml, partlyFictionalLabelHtml } from '../../src/lib/html';
import { requirementLinkItem } from '../../src/lib/requirements/link-items';

const requirement = (over: Record<string, unknown> = {}) => ({
  id: 'sosial-dialog',
  data: {
    code: 'EH-SD2',
    title: 'Sosial dialog <på> fabrikknivå & "mer"',
    example: false,
    kind: 'saerlig-kontraktsvilkar' as const,
    level: 'avansert' as const,
    ...over,
  },
});

describe('requirementLinkItem', () => {
  it('links the title, shows code, kind and level, and escapes the text', () => {
    const html = requirementLinkItem(requirement());
    expect(html).toMatch(/^<li>.*<\/li>$/);
    expect(html).toContain('<a href="/krav/sosial-dialog/">');
    expect(html).toContain('Sosial dialog &lt;på&gt; fabrikknivå &amp; &quot;mer&quot;</a>');
    expect(html).toContain('>EH-SD2</span>');
    expect(html).toContain('Særlig kontraktsvilkår, nivå avansert');
    expect(html).not.toContain('eh-example');
  });

  it('labels invented requirements', () => {
    expect(requirementLinkItem(requirement({ example: true }))).toContain(exampleLabelHtml());
  });

  it('marks the invented facts of a sourced requirement: the label, and the level when invented', () => {
    const partly = requirementLinkItem(requirement({ illustrativeFields: ['code', 'level'] }));
    expect(partly).toContain(partlyFictionalLabelHtml());
    expect(partly).toContain('Med kilde, men noen opplysninger er fiktive');
    expect(partly).toMatch(
      /nivå avansert <a [^>]*class="[^"]*eh-fictional[^"]*"[^>]*>fiktivt<\/a>/,
    );
    expect(partly).toContain(fictionalMarkHtml());
    const levelSourced = requirementLinkItem(requirement({ illustrativeFields: ['code'] }));
    expect(levelSourced).toContain(partlyFictionalLabelHtml());
    expect(levelSourced).not.toContain(fictionalMarkHtml());
  });

  it('writes each requirement once and hands out the same text again', () => {
    const req = requirement();
    expect(requirementLinkItem(req)).toBe(requirementLinkItem(req));
  });
});

describe('exampleLabelHtml', () => {
  it('is a label kept out of the search index, with the explanation on request', () => {
    expect(exampleLabelHtml()).toContain('data-pagefind-ignore');
    expect(exampleLabelHtml()).toContain('href="/om/innholdet/">Fiktivt eksempel</a>');
    expect(exampleLabelHtml()).not.toContain('eh-example__note');
    expect(exampleLabelHtml({ note: true })).toContain('<span class="eh-example__note">');
  });
});
