// The second read: consistency findings carry the places they connect into every output.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { analyse } from '../../src/core/analyse.js';
import { toJsonReport } from '../../src/core/format/report.js';
import { formatSarif } from '../../src/core/format/sarif.js';
import { formatText } from '../../src/core/format/text.js';
import { formatMarkdown } from '../../src/core/format/markdown.js';
import { formatHtml } from '../../src/core/format/html.js';
import { CONNECTION_RULES } from '../../src/core/rules/connections/index.js';
import { ruleMeta } from '../../src/core/rules/index.js';

const root = new URL('../fixtures/rules/', import.meta.url).pathname;
const path = 'rare-class-imbalance/fires.md';
const text = readFileSync(root + path, 'utf8');
const report = { path, text, result: analyse(text, { path }) };
const lineOf = (s: string) => text.split('\n').findIndex((l) => l.includes(s)) + 1;

describe('connections: consistency findings in every output', () => {
  const finding = report.result.findings.find((f) => f.ruleId === 'rare-class-imbalance');

  it('every consistency rule is in the connections group, with a rationale and a fix', () => {
    assert.equal(CONNECTION_RULES.length, 9);
    for (const r of CONNECTION_RULES) {
      assert.equal(ruleMeta(r.meta.id)?.group, 'connections');
      assert.ok(r.meta.rationale.length > 100 && r.meta.howToFix.length > 40, r.meta.id);
    }
  });

  it('the finding points at the gap and names the premise with its line in the message', () => {
    assert.ok(finding, JSON.stringify(report.result.findings.map((f) => f.ruleId)));
    assert.equal(text.slice(0, finding.start).split('\n').length, lineOf('accuracy on the test set'));
    assert.match(finding.message, new RegExp(`line ${lineOf('0.3% of card payments')}: "About 0\\.3% of card payments are fraudulent`));
    assert.equal(finding.related?.length, 1);
  });

  it('JSON: an additive related array with line, columns and message', () => {
    const json = toJsonReport([report], []);
    const f = json.files[0]!.findings.find((x) => x.ruleId === 'rare-class-imbalance')!;
    assert.deepEqual(
      f.related?.map((r) => [r.line, r.message]),
      [[lineOf('0.3% of card payments'), 'the rare class']],
    );
    assert.ok(f.related.every((r) => r.column >= 1 && r.endLine >= r.line));
  });

  it('SARIF: relatedLocations on the result', () => {
    const sarif = JSON.parse(formatSarif([report], [], '0.0.0', 'https://example.invalid/rules')) as {
      runs: Array<{
        results: Array<{ ruleId: string; relatedLocations?: Array<{ message: { text: string }; physicalLocation: { region: { startLine: number } } }> }>;
      }>;
    };
    const r = sarif.runs[0]!.results.find((x) => x.ruleId === 'rare-class-imbalance')!;
    assert.deepEqual(
      r.relatedLocations?.map((l) => [l.physicalLocation.region.startLine, l.message.text]),
      [[lineOf('0.3% of card payments'), 'the rare class']],
    );
  });

  it('text, Markdown and HTML show the other place; Markdown and HTML group connections', () => {
    assert.match(formatText([report], []), new RegExp(`see line ${lineOf('0.3% of card payments')}: the rare class`));
    const md = formatMarkdown([report], []);
    assert.match(md, /#### Connections\n\n(?:- line \d+: .*\n)*- line \d+: .*rare-class-imbalance.*\(see line \d+: the rare class\)/);
    const html = formatHtml([report]);
    assert.match(html, /<h2 id="connections">Connections<\/h2>/);
    assert.match(html, /<ul class="related"><li>.*the rare class<\/li><\/ul>/);
  });
});

describe('connections: the premise a finding links is the clearest statement of it', () => {
  it('a timestamp is preferred over a loose "over time" earlier in the doc', () => {
    const doc = [
      '---',
      'type: ml-design-doc',
      '---',
      '# Intrusion alerts',
      '',
      'Sources: TPOT (the Pitch Over Time honeypot platform).',
      '',
      'Each event carries a timestamp and the source address.',
      '',
      'The events are shuffled and split 80/20 at random into training and test data.',
      '',
    ].join('\n');
    const f = analyse(doc, { path: 'x.md' }).findings.find((x) => x.ruleId === 'random-split-time-data');
    assert.ok(f, 'a random split of timestamped events is a finding');
    assert.match(f.message, /line 8: "Each event carries a timestamp/);
  });
});
