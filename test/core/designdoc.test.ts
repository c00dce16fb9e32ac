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

interface Row { id: string; label: boolean; features: Record<string, number> }
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

  it('front matter still decides first', () => {
    const r = analyse('---\ntype: ml-design-doc\n---\n# Notes\n\nNothing here.\n');
    assert.deepEqual(r.designDoc, { designDoc: true, reason: 'front-matter', score: 1 });
  });
});
