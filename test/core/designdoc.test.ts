// The learnt designDoc classifier: generated weights are up to date, and in-repo documents are classified right.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse } from '../../src/core/analyse.js';
import { designDocFeatures } from '../../src/core/designdoc-features.js';
import { DESIGN_DOC_MODEL } from '../../src/core/generated/designdoc-weights.js';
import { chooseLambda, fitLogistic } from '../../scripts/logistic.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const training = join(root, 'training/designdoc');

interface Row {
  id: string;
  label: boolean;
  features: Record<string, number>;
}
const stored = JSON.parse(readFileSync(join(training, 'features.json'), 'utf8')) as { featureNames: string[]; rows: Row[] };
const labels = (JSON.parse(readFileSync(join(training, 'labels.json'), 'utf8')) as { docs: Record<string, { designDoc: boolean; path?: string }> }).docs;

describe('designDoc classifier', () => {
  it('generated weights match a refit of training/designdoc/features.json (run `npm run train` if not)', () => {
    const names = stored.featureNames;
    assert.deepEqual(Object.keys(DESIGN_DOC_MODEL.weights), names);
    const xs = stored.rows.map((r) => names.map((n) => r.features[n] as number));
    const ys = stored.rows.map((r) => (r.label ? 1 : 0));
    const { lambda } = chooseLambda(xs, ys);
    assert.equal(lambda, DESIGN_DOC_MODEL.lambda);
    const fit = fitLogistic(xs, ys, lambda);
    names.forEach((n, k) => assert.ok(Math.abs((fit.weights[k] as number) - (DESIGN_DOC_MODEL.weights[n] as number)) < 1e-3, `weight ${n}`));
    assert.ok(Math.abs(fit.bias - DESIGN_DOC_MODEL.bias) < 1e-3, 'bias');
    assert.equal(DESIGN_DOC_MODEL.trainedOn, stored.rows.length);
  });

  it('the features are the ones the weights were trained on', () => {
    const { judged } = analyse('# Title\n\nSome text.\n');
    assert.deepEqual(Object.keys(designDocFeatures(judged)), stored.featureNames);
  });

  const cases: Array<[string, boolean]> = [
    ['model-card-review-sentiment.md', false],
    ['readme-tabular-automl-library.md', false],
    ['rfc-api-rate-limiting.md', false],
    ['template-question-prompts.md', true],
    ['template-bracket-placeholders.md', true],
    ['systems-plan-question-headings.md', true],
    ['guide-framing-ml-problems.md', false],
    ['course-week-evaluation-running-example.md', false],
    ['rfc-template-generic-service.md', false],
    ['readme-course-project-cloud-setup.md', false],
    ['template-ml-design-short.md', true],
    ['architecture-note-realtime-recs.md', true],
  ];
  for (const [name, want] of cases) {
    it(`${name} is ${want ? '' : 'not '}a design doc`, () => {
      const path = labels[name]?.path ?? name;
      assert.equal(labels[name]?.designDoc, want);
      const r = analyse(readFileSync(join(training, 'docs', name), 'utf8'), { path });
      assert.equal(r.designDoc.reason, 'content');
      assert.equal(r.designDoc.designDoc, want, `probability ${r.designDoc.score}`);
      assert.ok(r.designDoc.score >= 0 && r.designDoc.score <= 1);
    });
  }

  it('every written training document has a label and a row in features.json', () => {
    const written = stored.rows
      .filter((r) => (r as Row & { source?: string }).source === 'written')
      .map((r) => r.id)
      .sort();
    assert.deepEqual(written, Object.keys(labels).sort());
    for (const r of stored.rows)
      assert.ok(
        Object.values(r.features).every((v) => v >= 0 && v <= 1),
        `${r.id}: features in 0..1`,
      );
  });

  it('a README of an ML library is not a design doc even with ML words', () => {
    const md = [
      '# fastrank',
      '',
      '![build](https://img.shields.io/badge/build-passing-green)',
      '',
      'A small library for training learning-to-rank models on tabular features.',
      '',
      '## Installation',
      '',
      '```bash',
      'pip install fastrank',
      '```',
      '',
      '## Quick start',
      '',
      '```python',
      'from fastrank import Ranker',
      'model = Ranker().fit(X, y, groups)',
      '```',
      '',
      '## Contributing',
      '',
      'Pull requests are welcome.',
      '',
      '## License',
      '',
      'MIT',
    ].join('\n');
    const r = analyse(md, { path: 'README.md' });
    assert.equal(r.designDoc.designDoc, false, `probability ${r.designDoc.score}`);
  });

  it('teaching words in another role are not teaching: lessons learned, the course of treatment, T-learners', () => {
    const teaching = (text: string) => designDocFeatures(analyse(text, { path: 'doc.md' }).judged).teaching ?? Number.NaN;
    assert.equal(
      teaching('# Readmission risk\n\nThe lessons learned in the pilot shaped the course of treatment review. A T-learner and weak learners were compared.\n'),
      0,
    );
    assert.ok(teaching('# Designing ML systems\n\nIn this lesson you will learn how to design a system. The next chapter of the course covers data.\n') > 0);
  });
  it('front matter still decides first', () => {
    const r = analyse('---\ntype: ml-design-doc\n---\n# Notes\n\nNothing here.\n');
    assert.deepEqual(r.designDoc, { designDoc: true, reason: 'front-matter', score: 1 });
  });
});
