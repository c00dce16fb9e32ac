// Every fix the analyser offers: apply it, re-analyse, and check the finding is gone, nothing outside the
// edit changed, and the fix is not offered again (idempotent).
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../src/core/analyse.js';
import type { Finding } from '../../src/core/types.js';

const root = new URL('../../', import.meta.url).pathname;
const docs: Array<[string, string]> = [
  ['examples/churn-prediction-design.md', readFileSync(join(root, 'examples/churn-prediction-design.md'), 'utf8')],
  ['bare design doc', '---\ntype: ml-design-doc\n---\n# Fraud scoring\n\nWe score card payments for fraud.\n'],
  ['CRLF doc', '---\r\ntype: ml-design-doc\r\n---\r\n# Fraud scoring\r\n\r\n## Data sources\r\n\r\nCard payments from the ledger database.\r\n'],
];
const rulesDir = join(root, 'test/fixtures/rules');
for (const d of readdirSync(rulesDir)) for (const f of readdirSync(join(rulesDir, d))) docs.push([`${d}/${f}`, readFileSync(join(rulesDir, d, f), 'utf8')]);

const key = (f: Finding, text: string) => `${f.ruleId}@${text.slice(f.start, f.end)}`;

describe('fixes', () => {
  for (const [name, text] of docs) {
    const result = analyse(text, { reviewAll: true });
    const withFixes = result.findings.filter((f) => f.fixes?.length);
    for (const finding of withFixes) {
      for (const fix of finding.fixes ?? []) {
        it(`${name}: "${fix.title}"`, () => {
          assert.equal(fix.edits.length, 1);
          const e = fix.edits[0]!;
          assert.ok(e.start >= 0 && e.end >= e.start && e.end <= text.length, 'edit inside the document');
          const next = text.slice(0, e.start) + e.text + text.slice(e.end);
          // Nothing outside the edited range changed.
          assert.equal(next.slice(0, e.start), text.slice(0, e.start));
          assert.equal(next.slice(e.start + e.text.length), text.slice(e.end));
          const after = analyse(next, { reviewAll: true });
          // The finding is gone ...
          const before = result.findings.filter((f) => key(f, text) === key(finding, text)).length;
          const now = after.findings.filter((f) => f.ruleId === finding.ruleId && key(f, next) === key(finding, text)).length;
          assert.ok(now < before, `${finding.ruleId} still reported`);
          // ... and the same fix is not offered again, so applying it twice changes nothing more.
          const again = after.findings.flatMap((f) => f.fixes ?? []).filter((x) => x.title === fix.title && x.edits[0]?.text === e.text);
          assert.ok(
            again.length < withFixes.flatMap((f) => f.fixes ?? []).filter((x) => x.title === fix.title && x.edits[0]?.text === e.text).length,
            'fix offered again',
          );
          // Other findings of other rules before the edit are untouched.
          const earlier = (r: typeof result, t: string) =>
            r.findings.filter((f) => f.end <= e.start && f.ruleId !== finding.ruleId && !f.ruleId.startsWith('require-')).map((f) => key(f, t) + f.start);
          assert.deepEqual(earlier(after, next), earlier(result, text));
        });
      }
    }
  }
  it('offers fixes somewhere (the loop above is not empty)', () => {
    assert.ok(docs.some(([, t]) => analyse(t, { reviewAll: true }).findings.some((f) => f.fixes?.length)));
  });
});
