import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyse } from '../../src/core/analyse.js';
import { CHECKLIST } from '../../src/core/items/index.js';
import { compileItem, FACET_ANCHORS } from '../../src/core/facets/compile.js';
import { AnchorIndex, listAnchors } from '../../src/core/facets/anchors.js';
import { compilePhrases } from '../../src/core/facets/phrases.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);

/** Every facet phrase list with its id in the shared index. */
function lists(): Array<{ name: string; id: number; re: RegExp; phrases: readonly string[] }> {
  const out = [];
  for (const item of CHECKLIST) {
    const c = compileItem(item);
    for (const f of c.facets) {
      out.push({ name: `${item.id}/${f.def.id}`, id: f.phrasesId, re: f.phrases, phrases: f.def.phrases });
      if (f.inSection) out.push({ name: `${item.id}/${f.def.id} (in section)`, id: f.inSectionId as number, re: f.inSection, phrases: f.def.inSection ?? [] });
    }
  }
  return out;
}

function assertSound(text: string): void {
  const cands = FACET_ANCHORS.candidates(text);
  for (const l of lists()) {
    if (cands[l.id] === 1) continue;
    assert.ok(!l.re.test(text), `${l.name} was ruled out for ${JSON.stringify(text)} yet its expression matches`);
  }
}

/** Documents the phrases were not written from: the test documents, held-out sets included. */
function sentences(): string[] {
  const out: string[] = [];
  for (const dir of ['test/fixtures', 'test/heldout', 'test/heldout-b', 'test/heldout-c/docs', 'test/heldout-d/docs']) {
    let files: string[];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.md'));
    } catch {
      continue;
    }
    for (const f of files) out.push(...analyse(readFileSync(join(dir, f), 'utf8')).judged.sentences.map((s) => s.text));
  }
  return out;
}

describe('anchors: the word index that rules out phrase lists before their expressions run', () => {
  it('never rules out a list whose expression matches, on every sentence of the test documents', function () {
    this.timeout(120_000);
    const all = sentences();
    assert.ok(all.length > 1000, `only ${all.length} sentences read`);
    let ruledOut = 0;
    let pairs = 0;
    for (const text of all) {
      const cands = FACET_ANCHORS.candidates(text);
      for (const l of lists()) {
        pairs++;
        if (cands[l.id] === 1) continue;
        ruledOut++;
        assert.ok(!l.re.test(text), `${l.name} was ruled out for ${JSON.stringify(text)} yet its expression matches`);
      }
    }
    // The index must also do its job: most pairs never reach an expression.
    assert.ok(ruledOut / pairs > 0.5, `only ${ruledOut} of ${pairs} pairs ruled out`);
  });

  it('never rules out a list whose expression matches, on sentences made of the phrases own words', () => {
    const words = [...new Set(CHECKLIST.flatMap((i) => i.facets.flatMap((f) => f.phrases.join(' ').split(/[\s|()]+/))))]
      .map((w) => w.replace(/\*$/, ''))
      .filter((w) => w && !/^\.+$/.test(w));
    const word = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(...words).map((w) => w.toUpperCase()),
      fc.constantFrom(...words).map((w) => w + 'ing'),
      fc.constantFrom('12', '3.5%', '1,000', 'three', 'the', 'a', '-', '—', ',', '(', ')', '"', "'", 'e.g.', 'é'),
    );
    const sep = fc.constantFrom(' ', ', ', ' - ', '-', '/', ' (', ') ', '. ', '\n');
    const text = fc.array(fc.tuple(word, sep), { minLength: 1, maxLength: 14 }).map((ws) => ws.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(text, (t) => assertSound(t)),
      { numRuns: RUNS * 4 },
    );
  });

  it('a phrase starting with punctuation or a number leaves its list unfiltered; others anchor on a required word', () => {
    assert.equal(listAnchors(['monitor*', '$#']), undefined);
    assert.deepEqual(listAnchors(['# days']), { exact: ['days'], prefix: [] });
    // The optional word is never the anchor; of the required ones, the longest.
    assert.deepEqual(listAnchors(['(the) monitoring ... drift']), { exact: ['monitoring'], prefix: [] });
    assert.deepEqual(listAnchors(['click-through']), { exact: [], prefix: ['click'] });
    const index = new AnchorIndex();
    const id = index.add(listAnchors(['monitor* drift|skew']));
    const re = compilePhrases(['monitor* drift|skew']);
    for (const t of ['We monitor drift.', 'Monitoring covers SKEW', 'no match here', 'drifting away']) {
      assert.equal(index.candidates(t)[id] === 1 || !re.test(t), true, t);
    }
    assert.equal(index.candidates('no match here')[id], 0);
  });
});
