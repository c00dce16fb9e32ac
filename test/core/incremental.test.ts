// Chunked, cached analysis gives the same results as a fresh analysis, under random edits.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../src/core/analyse.js';
import { ChunkCache, parseChunk } from '../../src/core/model.js';
import { splitChunks } from '../../src/core/chunks.js';
import { fullTemplate } from '../../src/core/templates.js';

const corpusDir = process.env.ML_DESIGN_REVIEW_CORPUS ?? new URL('../../../shared/corpus/docs', import.meta.url).pathname;
const own = [new URL('../fixtures/complete.md', import.meta.url).pathname, new URL('../../examples/churn-prediction-design.md', import.meta.url).pathname];
const docs: Array<[string, string]> = own.map((p) => [p, readFileSync(p, 'utf8')]);
docs.push(['template', fullTemplate('Template')]);
if (existsSync(corpusDir)) for (const f of readdirSync(corpusDir)) docs.push([f, readFileSync(join(corpusDir, f), 'utf8')]);

/** A small deterministic random generator, so a failure can be replayed. */
function rng(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
}
const SNIPPETS = ['\n## Monitoring\n\nAlerts on drift.\n', 'TBD', '\n```\n', '\n# New title\n', '<!-- ', ' -->', 'We retrain weekly. ', '\n\n', '---\n', '> '];

function strip(r: ReturnType<typeof analyse>) {
  const { judged: _j, ...rest } = r;
  return rest;
}

describe('incremental analysis', () => {
  it(`covers ${docs.length} documents (corpus ${existsSync(corpusDir) ? 'found' : 'not found: only own documents'})`, () => assert.ok(docs.length >= 3));
  for (const [name, original] of docs) {
    it(`${name}: cached results equal fresh results over 25 random edits`, () => {
      const random = rng(name.length * 7919 + original.length);
      const cache = new ChunkCache();
      let text = original;
      for (let step = 0; step < 25; step++) {
        const at = Math.floor(random() * (text.length + 1));
        const del = random() < 0.5 ? Math.floor(random() * 40) : 0;
        const ins = SNIPPETS[Math.floor(random() * SNIPPETS.length)] as string;
        text = text.slice(0, at) + ins + text.slice(at + del);
        assert.deepEqual(strip(analyse(text, { cache, reviewAll: true })), strip(analyse(text, { reviewAll: true })), `step ${step}`);
      }
      assert.ok(cache.hits > 0, 'the cache was never used');
    });
    it(`${name}: splitting at headings does not change the blocks found`, () => {
      const whole = parseChunk(original);
      const units = splitChunks(original).flatMap((c) => parseChunk(c.text).units.map((u) => ({ ...u, start: u.start + c.offset, end: u.end + c.offset })));
      assert.deepEqual(
        units.map((u) => [u.start, u.kind]),
        whole.units.map((u) => [u.start, u.kind]),
      );
    });
  }
});
