// Hostile input, reproduced: documents that crashed, hung or misplaced ranges, and hostile configs.
// (Times are measured by `npm run bench`, not asserted here.)
import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse.js';
import { parseConfig } from '../../src/core/config.js';
import { LineIndex } from '../../src/core/positions.js';
import type { AnalysisResult } from '../../src/core/types.js';

/** Every range of the result lies inside the text. */
function rangesInside(text: string, r: AnalysisResult): void {
  const spans = [
    ...r.findings,
    ...r.findings.flatMap((f) => f.related ?? []),
    ...r.checklist.flatMap((c) => [...c.evidence, ...c.facets.flatMap((f) => f.evidence)]),
  ];
  for (const s of spans) assert.ok(0 <= s.start && s.start <= s.end && s.end <= text.length, `${s.start}-${s.end} of ${text.length}`);
}

/** A deterministic pseudo-random generator, so the fuzzed document is the same on every run. */
function rng(seed: number): () => number {
  let x = seed;
  return () => (x = (x * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

describe('hostile documents', function () {
  this.timeout(120_000);
  const cases: Array<[string, () => string]> = [
    ['a line of 10,000 ">" (nested block quotes)', () => '>'.repeat(10_000) + ' deep\n'],
    ['"- > " repeated 2,500 times', () => '- > '.repeat(2500) + 'deep\n'],
    ['200,000 short paragraphs ("TBD", blank line)', () => 'TBD\n\n'.repeat(200_000)],
    ['one 40 KB paragraph of "TBD TBD ..."', () => '# Plan\n\n' + 'TBD '.repeat(10_000) + '\n'],
    ['300 KB of unclosed "<!-- x" lines', () => '<!-- x\n'.repeat(43_000)],
    ['100 KB of emphasis delimiters ("*_*_...", quadratic in the parser)', () => '# T\n\n' + '*_'.repeat(50_000) + '\n'],
    ['a 100 KB line opening a bracket of options that never closes ("Serving: [a / b / ...")', () => '# T\n\nServing: [' + 'x / '.repeat(25_000) + '\n'],
    ['a line of 100,000 spaces in a paragraph', () => '# T\n\n' + 'a\n'.repeat(1000) + ' '.repeat(100_000) + '\n' + 'b\n'.repeat(2000)],
    [
      '1 MB of fuzzed Markdown punctuation',
      () => {
        const r = rng(7);
        const chars = '#*_>-+`[]()<>!|\n \t\r abcTBD123.:%&;\\~=';
        let s = '';
        for (let i = 0; i < 1_000_000; i++) s += chars[Math.floor(r() * chars.length)];
        return s;
      },
    ],
  ];
  for (const [name, make] of cases) {
    it(`${name}: no exception, every range inside the text`, () => {
      const text = make();
      const r = analyse(text, { reviewAll: true });
      assert.equal(r.checklist.length, 15);
      rangesInside(text, r);
    });
  }

  it('200,000 paragraphs are all read (no unit lost to the fast path or the chunking)', () => {
    const text = 'TBD\n\n'.repeat(200_000);
    const r = analyse(text, { reviewAll: true });
    assert.equal(r.judged.model.units.length, 200_000);
  });
});

describe('hostile line endings: ranges on the right lines', () => {
  const lineOf = (text: string, offset: number) => new LineIndex(text).lineColumn(offset);

  it('CR-only line endings: a coverage finding spans its heading line only', () => {
    const text = '---\rtype: ml-design-doc\r---\r# Title\r\rSome text.\r\r## Monitoring\r\rTBD\r';
    const r = analyse(text);
    for (const f of r.findings.filter((x) => x.ruleId.startsWith('require-'))) {
      assert.equal(lineOf(text, f.start).line, 4);
      assert.equal(lineOf(text, f.end).line, 4, `${f.ruleId} ends on line ${lineOf(text, f.end).line}`);
    }
    const tbd = r.findings.find((x) => x.ruleId === 'no-placeholder')!;
    assert.equal(text.slice(tbd.start, tbd.end), 'TBD');
  });

  it('a setext title with CRLF: the range ends before the carriage return', () => {
    const text = '---\r\ntype: ml-design-doc\r\n---\r\nDesign of X title\r\n=================\r\n\r\nText here.\r\n';
    const r = analyse(text);
    const f = r.findings.find((x) => x.ruleId === 'require-monitoring')!;
    assert.equal(text.slice(f.start, f.end), 'Design of X title');
    // "of X title" is a name, not a placeholder.
    assert.equal(r.findings.filter((x) => x.ruleId === 'no-placeholder').length, 0);
  });

  it("two byte-order marks and CRLF: evidence on the sentence's own line", () => {
    const text =
      '\ufeff\ufeff---\r\ntype: ml-design-doc\r\n---\r\n# T\r\n\r\n## Data sources\r\n\r\nWe use clickstream logs from the web app and orders from the orders database.\r\n';
    const r = analyse(text);
    const ev = r.checklist.find((c) => c.id === 'data-sources')!.evidence[0]!;
    assert.equal(lineOf(text, ev.start).line, 8);
    assert.ok(text.slice(ev.start, ev.end).startsWith('We use clickstream'));
  });
});

describe('hostile configs', () => {
  const errors = (text: string) => parseConfig(text, '/repo/.ml-design-review.json').errors;

  it('"__proto__" cannot switch a rule off through the prototype', () => {
    const r = parseConfig('{"rules": {"__proto__": {"no-placeholder": "off"}}}', 'c.json');
    assert.match(r.errors[0]!.message, /"__proto__" is not allowed/);
    assert.equal((r.config.rules as Record<string, unknown>)['no-placeholder'], undefined);
    // And a valid config's rules have no prototype to inherit from.
    const ok = parseConfig('{"rules": {"no-placeholder": "off"}}', 'c.json');
    assert.equal(Object.getPrototypeOf(ok.config.rules), null);
  });

  it('a byte-order mark is accepted', () => {
    const r = parseConfig('\ufeff{"rules": {"no-placeholder": "off"}}', 'c.json');
    assert.deepEqual(r.errors, []);
    assert.equal(r.config.rules['no-placeholder'], 'off');
  });

  it('a duplicate key is an error on its line', () => {
    const e = errors('{\n  "rules": {\n    "no-placeholder": "off",\n    "no-placeholder": "error"\n  }\n}');
    assert.equal(e.length, 1);
    assert.deepEqual([e[0]!.line, e[0]!.message], [4, 'duplicate key "no-placeholder"']);
    assert.equal(e[0]!.file, '/repo/.ml-design-review.json');
  });

  it('nesting 100,000 deep is an error, not a stack overflow', () => {
    assert.match(errors('['.repeat(100_000) + ']'.repeat(100_000))[0]!.message, /nested too deeply/);
    assert.match(errors('{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000))[0]!.message, /nested too deeply/);
  });

  it('an include glob of 70,000 characters is an error', () => {
    assert.match(errors(JSON.stringify({ include: ['a'.repeat(70_000)] }))[0]!.message, /include\.0 must NOT have more than 1024 characters/);
  });

  it('100,000 unknown rule ids: the first 20 are named, the rest counted', () => {
    const e = errors(JSON.stringify({ rules: Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`r${i}`, 'off'])) }));
    assert.equal(e.length, 21);
    assert.match(e[0]!.message, /unknown rule id "r0"/);
    assert.match(e[20]!.message, /99980 more errors/);
  });
});
