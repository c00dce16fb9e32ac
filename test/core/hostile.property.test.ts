// Hostile input as properties (fast-check, bounded for CI): generated Markdown that mixes deep nesting,
// long lines, unclosed comments, placeholders, emphasis runs, odd line endings, byte-order marks and
// surrogate pairs never makes the analysis throw; every range lies inside the text and never splits a
// CRLF; results are the same with and without the chunk cache and on a second run; and analysis time
// stays within a fixed (generous) multiple of remark-parse's time for the same text.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { analyse } from '../../src/core/analyse.js';
import { ChunkCache } from '../../src/core/model.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 60);
const parser = unified().use(remarkParse);

const word = fc.constantFrom(
  'model',
  'TBD',
  'X%',
  'drift',
  'latency',
  '😀',
  '漢字',
  'a\u0301',
  '**bold**',
  '_it_',
  '`code`',
  '<b>',
  '<!-- c',
  '-->',
  '&amp;',
  '\\*',
  'https://x.io',
  '|',
  '0.3%',
);
const line = fc.array(word, { minLength: 0, maxLength: 12 }).map((ws) => ws.join(' '));
const block = fc.oneof(
  line,
  line.map((l) => `# ${l}`),
  fc.tuple(fc.integer({ min: 1, max: 400 }), line).map(([n, l]) => '>'.repeat(n) + ' ' + l),
  fc.tuple(fc.integer({ min: 1, max: 300 }), line).map(([n, l]) => '- > '.repeat(n) + l),
  fc.integer({ min: 1, max: 3000 }).map((n) => ' '.repeat(n) + 'x'),
  fc.integer({ min: 1, max: 2000 }).map((n) => '*_'.repeat(n)),
  fc.integer({ min: 1, max: 500 }).map((n) => '<!-- x\n'.repeat(n)),
  fc.integer({ min: 1, max: 500 }).map((n) => 'TBD '.repeat(n)),
  line.map((l) => `| ${l} | x |\n|---|---|\n| ${l} | y |`),
  line.map((l) => '```\n' + l + '\n```'),
  line.map((l) => `Title ${l}\n===`),
);
const eol = fc.constantFrom('\n', '\r\n', '\r');
const document = fc
  .tuple(fc.integer({ min: 0, max: 2 }), fc.boolean(), fc.array(block, { minLength: 1, maxLength: 12 }), eol)
  .map(
    ([boms, front, blocks, nl]) =>
      '\ufeff'.repeat(boms) + ((front ? '---\ntype: ml-design-doc\n---\n\n' : '') + blocks.join('\n\n') + '\n').replace(/\r?\n/g, nl),
  );

describe('hostile input: properties', function () {
  this.timeout(180_000);

  it('never throws; every range is inside the text and never splits a CRLF', () => {
    fc.assert(
      fc.property(document, (text) => {
        const r = analyse(text, { reviewAll: true });
        const spans = [...r.findings, ...r.findings.flatMap((f) => f.related ?? []), ...r.checklist.flatMap((c) => c.evidence)];
        for (const s of spans) {
          assert.ok(0 <= s.start && s.start <= s.end && s.end <= text.length, `${s.start}-${s.end} of ${text.length}`);
          // Never between the CR and the LF of a CRLF.
          for (const at of [s.start, s.end]) assert.ok(!(text[at - 1] === '\r' && text[at] === '\n'), `offset ${at} splits a CRLF`);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('the same results with and without the chunk cache, and on a second run', () => {
    const strip = (r: ReturnType<typeof analyse>) => JSON.stringify({ c: r.checklist, f: r.findings, d: r.designDoc });
    const cache = new ChunkCache();
    fc.assert(
      fc.property(document, (text) => {
        const fresh = strip(analyse(text, { reviewAll: true }));
        assert.equal(strip(analyse(text, { reviewAll: true, cache })), fresh);
        assert.equal(strip(analyse(text, { reviewAll: true, cache })), fresh);
        assert.equal(strip(analyse(text, { reviewAll: true })), fresh);
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });

  it("analysis time stays within a fixed multiple of remark-parse's (20x, plus 100 ms for start-up noise)", () => {
    fc.assert(
      fc.property(document, (text) => {
        let t = performance.now();
        parser.parse(text);
        const parse = performance.now() - t;
        t = performance.now();
        analyse(text, { reviewAll: true });
        const full = performance.now() - t;
        assert.ok(full <= parse * 20 + 100, `analysis ${full.toFixed(0)} ms, parse ${parse.toFixed(0)} ms, ${text.length} characters`);
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });
});
