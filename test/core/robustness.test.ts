// Bad input never crashes or hangs, and positions stay exact in UTF-16.
import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse.js';
import { parseConfig } from '../../src/core/config.js';
import { LineIndex } from '../../src/core/positions.js';
import { toJsonReport } from '../../src/core/format/report.js';

const DOC = '---\ntype: ml-design-doc\n---\n# Title\n\n## Data sources\n\nOwner: TBD\n';

function placeholderAt(text: string): { line: number; column: number } {
  const r = analyse(text, { reviewAll: true });
  const f = r.findings.find((x) => x.ruleId === 'no-placeholder');
  assert.ok(f, 'placeholder finding expected');
  assert.equal(text.slice(f.start, f.end), 'TBD');
  return new LineIndex(text).lineColumn(f.start);
}

describe('bad input', () => {
  it('empty file', () => {
    const r = analyse('');
    assert.equal(r.checklist.length, 15);
    assert.ok(r.checklist.every((c) => c.status === 'missing'));
  });
  it('binary bytes', () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)).toString('utf8');
    const r = analyse(bytes, { reviewAll: true });
    assert.equal(r.checklist.length, 15);
  });
  it('a 5 MB file', () => {
    const para = 'We collect click logs from the web app; a nightly Spark job stores them as Parquet in the data lake.\n\n';
    const text = '# Big\n\n' + para.repeat(Math.ceil((5 * 1024 * 1024) / para.length));
    assert.ok(text.length >= 5 * 1024 * 1024);
    const r = analyse(text, { reviewAll: true });
    assert.equal(r.checklist.find((c) => c.id === 'data-pipeline')?.status, 'addressed');
  });
  it('10,000 headings', () => {
    const text = Array.from({ length: 10000 }, (_, i) => `## Section ${i}\n\nText ${i}.\n`).join('\n');
    const r = analyse(text, { reviewAll: true });
    assert.equal(r.judged.model.headings.length, 10000);
  });
  it('lists nested 1,000 deep', function () {
    // remark-parse alone takes most of a minute on this input on a busy 2-core machine (its list
    // handling is quadratic in depth); the timeout is about not crashing, the speed is measured elsewhere.
    this.timeout(240_000);
    const text = Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n') + '\n';
    assert.doesNotThrow(() => analyse(text, { reviewAll: true }));
  });
  it('block quotes nested 1,000 deep', () => {
    const text = '>'.repeat(1000) + ' deep quote with TBD\n';
    assert.doesNotThrow(() => analyse(text, { reviewAll: true }));
  });
  it('CRLF line endings keep positions exact', () => {
    assert.deepEqual(placeholderAt(DOC.replace(/\n/g, '\r\n')), { line: 8, column: 8 });
  });
  it('a byte-order mark keeps positions exact', () => {
    assert.deepEqual(placeholderAt('\uFEFF' + DOC), { line: 8, column: 8 });
  });
  it('emoji and CJK text: columns count UTF-16 code units', () => {
    const text = DOC.replace('Owner: TBD', '負責者 🧑‍💻: TBD');
    // "負責者 " is 4 units, "🧑‍💻" is 5 (two surrogate pairs and a joiner), ": " is 2.
    assert.deepEqual(placeholderAt(text), { line: 8, column: 12 });
    const json = toJsonReport([{ path: 'x.md', text, result: analyse(text, { reviewAll: true }) }], []);
    const f = json.files[0]!.findings.find((x) => x.ruleId === 'no-placeholder')!;
    assert.deepEqual([f.line, f.column, f.endLine, f.endColumn], [8, 12, 8, 15]);
  });
  it('a config file with a syntax error names the file, line and column', () => {
    const { errors } = parseConfig('{\n  "rules": {\n    "no-placeholder": "off",,\n  }\n}\n', '/repo/.ml-design-review.jsonc');
    assert.ok(errors.length > 0);
    assert.equal(errors[0]!.file, '/repo/.ml-design-review.jsonc');
    assert.equal(errors[0]!.line, 3);
    assert.match(errors[0]!.message, /syntax error/);
  });
  it('an unknown rule id in the config is an error on its line', () => {
    const { errors } = parseConfig('{\n  // comments are fine\n  "rules": {\n    "no-such-rule": "warning"\n  }\n}\n', 'cfg.jsonc');
    assert.equal(errors.length, 1);
    assert.equal(errors[0]!.line, 4);
    assert.match(errors[0]!.message, /unknown rule id "no-such-rule"/);
  });
  it('a bad severity is an error naming the allowed values', () => {
    const { errors } = parseConfig('{ "rules": { "no-placeholder": "loud" } }', 'cfg.json');
    assert.match(errors[0]!.message, /must be one of off, error, warning, info, hint/);
  });
});
