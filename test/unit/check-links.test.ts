/** The link checker reads pages with htmlparser2: what counts as a link and as an anchor. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { anchorsOf, checkLinks, linksOf, startTags } from '../../scripts/check-links.mjs';

describe('startTags', () => {
  test('decodes attribute values and skips comments and script bodies', () => {
    const tags = startTags(
      '<!-- <a href="/kommentar/"> --><script>const s = "<a href=\'/skript/\'>";</script>' +
        '<A HREF="/krav/?side=1&amp;type=2" href="/andre/" id=\'topp\'>Krav</A>',
    );
    expect(tags.map((tag) => tag.name)).toEqual(['script', 'a']);
    expect(linksOf(tags)).toEqual([{ url: '/krav/?side=1&type=2', where: '<a href>' }]);
    expect([...anchorsOf(tags)]).toEqual(['topp']);
  });
});

describe('checkLinks', () => {
  test('reports a missing page and a missing anchor, and accepts the ones that exist', async () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'links-'));
    mkdirSync(path.join(dist, 'krav'));
    writeFileSync(path.join(dist, 'krav', 'index.html'), '<h2 id="liste">Krav</h2>');
    writeFileSync(
      path.join(dist, 'index.html'),
      '<a href="/krav/#liste">ok</a><a href="/krav/#borte">anker</a><a href="/mangler/">side</a>',
    );
    const result = await checkLinks(dist, { reportFile: path.join(dist, 'external.txt') });
    expect(result.broken).toEqual([
      expect.stringMatching(/#borte – no id="borte"/),
      expect.stringMatching(/\/mangler\/ – no such file in the build/),
    ]);
  });
});
