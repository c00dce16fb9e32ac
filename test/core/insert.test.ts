// The insert-section quick fix: the new section goes at its place in the template order, at the level of the
// sections around it, and never nests inside an unrelated section.
import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse.js';
import { insertSectionFix } from '../../src/core/insert.js';

const FRONT = '---\ntype: ml-design-doc\n---\n';
const RELIABILITY = 'The service must answer 99.9% of requests; if the model times out we fall back to the rules engine.';
const DETAILS = 'Bad inputs are rejected at the gateway and logged.';
const DEPLOYMENT = 'We deploy the model as a REST service behind the payments API, with a canary release to 5% of traffic.';

/** Applies the fix for `itemId` and returns the new text, the inserted heading line and the re-analysis. */
function insert(text: string, itemId: string) {
  const before = analyse(text, { reviewAll: true });
  const fix = insertSectionFix(before.judged, itemId);
  assert.ok(fix, `a fix for ${itemId}`);
  const e = fix.fix.edits[0]!;
  const next = text.slice(0, e.start) + e.text + text.slice(e.end);
  const line = e.text.split(/\r?\n/).find((l) => l.startsWith('#'))!;
  const after = analyse(next, { reviewAll: true });
  const k = after.judged.sections.findIndex((s) => s.heading.text === fix.heading);
  assert.ok(k >= 0, 'the inserted heading is a section');
  return { next, line, after, section: after.judged.sections[k]!, k };
}

describe('insertSectionFix heading level', () => {
  it('inserts Adaptability as a ## sibling after a ## Reliability section that has a ### sub-section', () => {
    const text = `${FRONT}# Fraud scoring\n\n## Reliability\n\n${RELIABILITY}\n\n### Details\n\n${DETAILS}\n\n## Deployment\n\n${DEPLOYMENT}\n`;
    const { next, line, after, section } = insert(text, 'adaptability');
    assert.equal(line, '## Adaptability');
    // After Reliability and its sub-section, before Deployment.
    assert.ok(next.indexOf('## Adaptability') > next.indexOf(DETAILS));
    assert.ok(next.indexOf('## Adaptability') < next.indexOf('## Deployment'));
    // Its parent is the title, not Reliability or Details.
    assert.equal(after.judged.sections[section.parent]?.heading.text, 'Fraud scoring');
    // Deployment is still a top-level section under the title, not a child of the new section.
    const dep = after.judged.sections.find((s) => s.heading.text === 'Deployment')!;
    assert.equal(after.judged.sections[dep.parent]?.heading.text, 'Fraud scoring');
  });

  it('inserts ### when the sections around are ### under a ##', () => {
    const text = `${FRONT}# Fraud scoring\n\n## Design\n\n### Reliability\n\n${RELIABILITY}\n\n### Deployment\n\n${DEPLOYMENT}\n`;
    const { next, line, after, section } = insert(text, 'adaptability');
    assert.equal(line, '### Adaptability');
    assert.ok(next.indexOf('### Adaptability') > next.indexOf(RELIABILITY));
    assert.ok(next.indexOf('### Adaptability') < next.indexOf('### Deployment'));
    assert.equal(after.judged.sections[section.parent]?.heading.text, 'Design');
  });

  it('before the following item section when no earlier one exists, at its level', () => {
    const text = `${FRONT}# Fraud scoring\n\n## Deployment\n\n${DEPLOYMENT}\n\n### Rollout\n\nCanary first.\n`;
    const { next, line, after, section } = insert(text, 'adaptability');
    assert.equal(line, '## Adaptability');
    assert.ok(next.indexOf('## Adaptability') < next.indexOf('## Deployment'));
    assert.equal(after.judged.sections[section.parent]?.heading.text, 'Fraud scoring');
  });

  it('a top-level section after a requirement sub-section leaves the requirements group', () => {
    const text = `${FRONT}# Fraud scoring\n\n## Requirements\n\n### Reliability\n\n${RELIABILITY}\n\n## Deployment\n\n${DEPLOYMENT}\n`;
    const { line, after, section } = insert(text, 'data-sources');
    assert.equal(line, '## Data sources');
    assert.equal(after.judged.sections[section.parent]?.heading.text, 'Fraud scoring');
  });

  it('at the end of the document, never deeper than the open top-level section', () => {
    const text = `${FRONT}# Fraud scoring\n\n## Overview\n\nWe score card payments for fraud.\n`;
    const { line, after, section } = insert(text, 'reliability');
    assert.equal(line, '## Reliability');
    assert.equal(after.judged.sections[section.parent]?.heading.text, 'Fraud scoring');
  });
});
