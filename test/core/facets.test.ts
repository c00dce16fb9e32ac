// Facet fixtures: small design docs, one per case, each carrying its expected judgement of one checklist
// item in HTML comments (after the front matter, where the analyser only sees a comment):
//
//   <!-- expect monitoring: partial; found: watched; lacking: drift, alerting -->
//   <!-- evidence watched: We chart p95 latency and the error rate on a Grafana dashboard. -->
//
// `found` facets must be found and `lacking` facets must not be (facets not listed are not checked);
// `found: -` / `lacking: -` list none. Each `evidence` line is the whole sentence (markup aside) that one
// of the facet's evidence spans must cover: the span holds the phrase and nothing of a neighbouring
// sentence. Every evidence span of the item must also be exactly one of the judged sentences, and the
// document text at it must read as that sentence.
//
// A fixture the engine gets wrong today keeps its expectation and carries
// `<!-- known-engine-failure: what goes wrong -->`: it is skipped unless FACETS_RUN_KNOWN=1.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../src/core/analyse.js';
import { CHECKLIST } from '../../src/core/items/index.js';
import type { ItemStatus, Span } from '../../src/core/types.js';

const root = new URL('../fixtures/facets/', import.meta.url).pathname;

export interface FacetExpectation {
  item: string;
  status: ItemStatus;
  found: string[];
  lacking: string[];
}

export interface FixtureSpec {
  expects: FacetExpectation[];
  /** facet id (of the first expected item, or `item/facet`) -> whole sentences. */
  evidence: Array<{ item: string; facet: string; sentence: string }>;
  knownFailure?: string;
}

const STATUSES = new Set(['addressed', 'partial', 'missing', 'not-applicable']);

function list(v: string | undefined): string[] {
  if (!v) return [];
  return v
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter((s) => s && s !== '-');
}

/** Reads the expectation comments of a fixture. */
export function readSpec(text: string): FixtureSpec {
  const expects: FacetExpectation[] = [];
  for (const m of text.matchAll(/<!--\s*expect\s+([\w-]+)\s*:\s*([\s\S]*?)-->/g)) {
    const item = m[1] as string;
    const parts = (m[2] as string)
      .split(';')
      .map((p) => p.trim())
      .filter(Boolean);
    const status = parts.shift() as ItemStatus;
    assert.ok(STATUSES.has(status), `bad status "${status}" for ${item}`);
    const e: FacetExpectation = { item, status, found: [], lacking: [] };
    for (const p of parts) {
      const kv = /^(found|lacking)\s*:\s*(.*)$/s.exec(p);
      assert.ok(kv, `bad expectation part "${p}"`);
      e[kv[1] as 'found' | 'lacking'] = list(kv[2]);
    }
    expects.push(e);
  }
  const evidence: FixtureSpec['evidence'] = [];
  for (const m of text.matchAll(/<!--\s*evidence\s+([\w/-]+)\s*:\s*([\s\S]*?)\s*-->/g)) {
    const key = m[1] as string;
    const [item, facet] = key.includes('/') ? (key.split('/') as [string, string]) : [expects[0]?.item ?? '', key];
    evidence.push({ item, facet, sentence: m[2] as string });
  }
  const known = /<!--\s*known-engine-failure\s*:\s*([\s\S]*?)\s*-->/.exec(text);
  return { expects, evidence, ...(known ? { knownFailure: known[1] } : {}) };
}

/** Text with Markdown and HTML markup removed and whitespace collapsed, for comparing a span with a sentence. */
export function plain(s: string): string {
  return s
    .replace(/<[^>\n]*>/g, ' ')
    .replace(/^[ \t]*>[ \t]?/gm, '')
    .replace(/[*_`~\\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Asserts the judgement of one fixture; returns nothing, throws with a readable message. */
export function checkFixture(text: string, spec: FixtureSpec, label: string): void {
  const result = analyse(text);
  const sentences = result.judged.sentences;
  const bySpan = new Map(sentences.map((s) => [`${s.start}:${s.end}`, s]));
  const describe = (sp: Span) => JSON.stringify(text.slice(sp.start, sp.end));
  for (const e of spec.expects) {
    const item = result.checklist.find((i) => i.id === e.item);
    assert.ok(item, `${label}: no item ${e.item}`);
    const found = item.facets.filter((f) => f.found).map((f) => f.id);
    const summary = `${e.item} is ${item.status}; found [${found.join(', ')}]; evidence ${item.facets
      .flatMap((f) => f.evidence.map((sp) => `${f.id}=${describe(sp)}`))
      .join(' ')}`;
    assert.equal(item.status, e.status, `${label}: status\n  ${summary}`);
    for (const id of [...e.found, ...e.lacking]) {
      assert.ok(
        item.facets.some((f) => f.id === id),
        `${label}: ${e.item} has no facet "${id}"`,
      );
    }
    for (const id of e.found) assert.ok(found.includes(id), `${label}: facet ${id} should be found\n  ${summary}`);
    for (const id of e.lacking) assert.ok(!found.includes(id), `${label}: facet ${id} should be lacking\n  ${summary}`);
    // Every evidence span is one sentence, and the text there reads as that sentence.
    for (const f of item.facets) {
      assert.equal(f.found, f.evidence.length > 0, `${label}: ${e.item}/${f.id} found=${f.found} with ${f.evidence.length} spans`);
      for (const sp of f.evidence) {
        const s = bySpan.get(`${sp.start}:${sp.end}`);
        assert.ok(s, `${label}: ${e.item}/${f.id} evidence ${describe(sp)} is not a judged sentence`);
        assert.equal(plain(text.slice(sp.start, sp.end)), plain(s.text), `${label}: ${e.item}/${f.id} span text differs from its sentence`);
      }
    }
  }
  for (const ev of spec.evidence) {
    const item = result.checklist.find((i) => i.id === ev.item);
    const facet = item?.facets.find((f) => f.id === ev.facet);
    assert.ok(facet, `${label}: no facet ${ev.item}/${ev.facet}`);
    const got = facet.evidence.map((sp) => plain(text.slice(sp.start, sp.end)));
    assert.ok(
      got.includes(plain(ev.sentence)),
      `${label}: ${ev.item}/${ev.facet} evidence should be the sentence ${JSON.stringify(plain(ev.sentence))}\n  got ${JSON.stringify(got)}`,
    );
  }
}

function fixtureFiles(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.md'))
        .sort()
    : [];
}

describe('facet fixtures', () => {
  const runKnown = process.env.FACETS_RUN_KNOWN === '1';
  const dirs = existsSync(root) ? readdirSync(root).filter((d) => statSync(join(root, d)).isDirectory()) : [];
  it('every checklist item has its fixture directory, and every directory is an item', () => {
    const ids = CHECKLIST.map((i) => i.id).sort();
    assert.deepEqual([...dirs].sort(), ids);
  });
  for (const item of CHECKLIST) {
    describe(item.id, () => {
      const files = fixtureFiles(join(root, item.id));
      it('covers every core facet with a fixture that finds it, and the missing case', () => {
        const specs = files.map((f) => readSpec(readFileSync(join(root, item.id, f), 'utf8')));
        const own = specs.flatMap((s) => s.expects.filter((e) => e.item === item.id));
        for (const f of item.facets.filter((x) => x.core)) {
          assert.ok(
            own.some((e) => e.found.includes(f.id)),
            `no fixture finds core facet ${f.id}`,
          );
        }
        assert.ok(
          own.some((e) => e.status === 'missing'),
          'no fixture for the missing case',
        );
      });
      for (const file of files) {
        const text = readFileSync(join(root, item.id, file), 'utf8');
        const spec = readSpec(text);
        const title = `${item.id}/${file}`;
        const run = spec.knownFailure && !runKnown ? it.skip : it;
        run(`${title}${spec.knownFailure ? ` (known engine failure: ${spec.knownFailure})` : ''}`, () => {
          assert.ok(spec.expects.length > 0, `${title}: no expect comment`);
          assert.ok(
            spec.expects.some((e) => e.item === item.id),
            `${title}: expects nothing of ${item.id}`,
          );
          assert.ok(/^---\r?\n[\s\S]*?\btype:\s*ml-design-doc\b[\s\S]*?\r?\n---/.test(text), `${title}: front matter type: ml-design-doc`);
          checkFixture(text, spec, title);
        });
      }
    });
  }
});
