// What an item's judgement says in words (describeItem), and the coverage finding built from it.
import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse.js';
import { describeItem, joinSentence, quoteSpan } from '../../src/core/explain.js';
import { LineIndex } from '../../src/core/positions.js';
import type { FacetResult, ItemResult } from '../../src/core/types.js';

/** A design doc whose monitoring names a dashboard, and says nothing of drift or alerts. */
const DOC = `---
type: ml-design-doc
title: Churn prediction
---

# Churn prediction

## Business objective

Reduce monthly churn from 4.0% to 3.4% within two quarters.

## Monitoring

Prediction volume and scoring latency are shown on a Grafana dashboard.
`;
const DASHBOARD_LINE = DOC.split('\n').findIndex((l) => l.includes('Grafana dashboard')) + 1;

function facet(id: string, found: boolean, core: boolean, evidence: Array<[number, number]> = []): FacetResult {
  return { id, label: `does ${id}`, lacking: `no ${id}`, core, found, evidence: evidence.map(([start, end]) => ({ start, end })) };
}

describe('describeItem', () => {
  const text = 'line one\nline two has the claim.\nline three.\n';
  const index = new LineIndex(text);
  const claim = text.indexOf('line two');

  it('lists found facets with their lines and lacking ones, core facets first, never mention as lacking', () => {
    const item: ItemResult = {
      id: 'x',
      status: 'partial',
      evidence: [{ start: claim, end: claim + 10 }],
      facets: [facet('extra', false, false), facet('a', true, true, [[claim, claim + 10]]), facet('b', false, true), facet('mention', false, false)],
    };
    const d = describeItem(item, index);
    assert.deepEqual(d.found, ['does a (line 2)']);
    assert.deepEqual(d.lacking, ['no b', 'no extra']);
    assert.equal(d.sentence, 'does a (line 2); no b, no extra.');
    assert.equal(d.foundFacets[0]!.line, 2);
    assert.deepEqual(d.foundFacets[0]!.evidence, { start: claim, end: claim + 10 });
  });

  it('a partial item lacks what its nearest way to be addressed lacks; an addressed item lacks nothing', () => {
    const f = (id: string, core: boolean, found: boolean) => facet(id, found, core, found ? [[claim, claim + 4]] : []);
    // Monitoring is addressed by two of: what is watched, a drift test, alerting.
    const partial: ItemResult = {
      id: 'monitoring',
      status: 'partial',
      evidence: [],
      facets: [f('watched', true, false), f('drift', true, false), f('alerting', true, true), f('feedback', false, false)],
    };
    assert.deepEqual(describeItem(partial, index).lacking, ['no watched', 'no drift']);
    const addressed: ItemResult = {
      ...partial,
      status: 'addressed',
      facets: [f('watched', true, true), f('drift', true, true), f('alerting', true, false), f('feedback', false, false)],
    };
    assert.deepEqual(describeItem(addressed, index).lacking, []);
  });

  it('lists mention as found only when nothing more specific is', () => {
    const only: ItemResult = {
      id: 'x',
      status: 'partial',
      evidence: [],
      facets: [facet('a', false, true), facet('mention', true, false, [[claim, claim + 4]])],
    };
    assert.deepEqual(describeItem(only, index).found, ['does mention (line 2)']);
    const both: ItemResult = {
      id: 'x',
      status: 'addressed',
      evidence: [],
      facets: [facet('a', true, true, [[0, 4]]), facet('mention', true, false, [[claim, claim + 4]])],
    };
    assert.deepEqual(describeItem(both, index).found, ['does a (line 1)']);
    assert.equal(describeItem(both, index).sentence, 'does a (line 1).');
  });

  it('a not-applicable item lacks nothing; an item with nothing to say has an empty sentence', () => {
    const na: ItemResult = { id: 'x', status: 'not-applicable', evidence: [], facets: [facet('a', false, true)] };
    assert.deepEqual(describeItem(na, index), { found: [], lacking: [], sentence: '', foundFacets: [], lackingFacets: [] });
  });

  it('the sentence lists at most three of each', () => {
    assert.equal(joinSentence(['1', '2', '3', '4'], ['a', 'b', 'c', 'd']), '1, 2, 3; a, b, c.');
    assert.equal(joinSentence([], ['a']), 'a.');
    assert.equal(joinSentence(['1'], []), '1.');
  });

  it('quotes a sentence on one line, cut at about 140 characters without splitting a surrogate pair', () => {
    assert.equal(quoteSpan('a\n  b c', { start: 0, end: 7 }), 'a b c');
    const long = `${'word '.repeat(40)}end`;
    const q = quoteSpan(long, { start: 0, end: long.length });
    assert.ok(q.length <= 141 && q.endsWith('…'), q);
    const emoji = `${'x'.repeat(139)}😀 tail ${'y'.repeat(20)}`;
    assert.doesNotMatch(quoteSpan(emoji, { start: 0, end: emoji.length }), /[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('on a real document: monitoring found by its dashboard sentence, lacking the drift test', () => {
    const result = analyse(DOC, { path: 'design.md' });
    const monitoring = result.checklist.find((c) => c.id === 'monitoring')!;
    const d = describeItem(monitoring, new LineIndex(DOC));
    assert.ok(d.found.includes(`names what is watched (line ${DASHBOARD_LINE})`), d.found.join(' | '));
    assert.ok(d.lacking.includes('no drift test or threshold'), d.lacking.join(' | '));
  });
});

describe('coverage finding of a partial item', () => {
  const result = analyse(DOC, { path: 'design.md' });
  const finding = result.findings.find((f) => f.ruleId === 'require-monitoring');

  it('names what is found with its line, and what is lacking', () => {
    assert.ok(finding, result.findings.map((f) => f.ruleId).join(', '));
    assert.equal(finding.severity, 'info');
    assert.match(finding.message, /^Monitoring is partial: /);
    assert.ok(finding.message.includes(`names what is watched (line ${DASHBOARD_LINE})`), finding.message);
    assert.ok(finding.message.includes('no drift test or threshold'), finding.message);
    assert.ok(finding.message.includes('no one alerted'), finding.message);
    assert.ok(!finding.message.includes('only a generic statement'), finding.message);
    assert.ok(finding.message.endsWith('.'));
  });

  it("its related information points at each found facet's sentence, named by the facet", () => {
    const related = finding!.related ?? [];
    const watched = related.find((r) => r.message === 'names what is watched');
    assert.ok(watched, JSON.stringify(related));
    assert.equal(new LineIndex(DOC).lineColumn(watched.start).line, DASHBOARD_LINE);
    assert.match(DOC.slice(watched.start, watched.end), /^Prediction volume and scoring latency are shown on a Grafana dashboard\.$/);
  });

  it('a missing item still says how to fix it', () => {
    const missing = result.findings.find((f) => f.ruleId === 'require-training-data');
    assert.ok(missing);
    assert.match(missing.message, /^Training data is missing \(.*\?\): \S/);
  });
});
