// Two learnt alternatives to what ships, scored on documents from sets they were not fitted on
// (leave-one-set-out: fit on every other labelled set, score the one left out). Neither is shipped; this
// script exists so that the figures the README quotes can be reproduced.
//
// Usage: npm run experiments
//
// 1. An item-status model: ordinal logistic regression (two binary fits: found at all, addressed) over
//    readable features of what the judge found for the item (the rules' status, share of core facets
//    found, evidence counts, a heading naming the item, document size, template) plus one bias per item.
//    Compared with the hand-written rules' status on the same judgements (three-class agreement).
// 2. The designDoc classifier fitted on the corpus and the written documents (what ships) against the same
//    fitted on every development set except the one scored.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../src/core/analyse.js';
import { CHECKLIST } from '../src/core/items/index.js';
import { fitLogistic, predict } from './logistic.js';
import { root, corpusRows, writtenRows, fitRows, matrix, type Row } from './train-lib.js';

const SETS: Record<string, string> = {
  corpus: join(root, '../shared/corpus'),
  A: join(root, 'test/heldout'),
  B: join(root, 'test/heldout-b'),
  C: join(root, 'test/heldout-c'),
  E: join(root, 'test/heldout-e'),
  F: join(root, 'test/heldout-f'),
};
const available = Object.entries(SETS).filter(([, dir]) => existsSync(join(dir, 'labels.json')));
const rank = (s: string) => (s === 'addressed' || s === 'not-applicable' ? 2 : s === 'partial' ? 1 : 0);

// ---- 1. item status ----
interface Judgement {
  set: string;
  label: number;
  rule: number;
  x: number[];
}
const judgements: Judgement[] = [];
for (const [set, dir] of available) {
  const labels = (
    JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as { docs: Record<string, { designDoc: boolean; items: Record<string, { status: string }> }> }
  ).docs;
  for (const [name, l] of Object.entries(labels)) {
    if (!l.designDoc) continue;
    const { judged } = analyse(readFileSync(join(dir, 'docs', name), 'utf8'), { path: name });
    const nSent = judged.sentences.length;
    for (const item of judged.items) {
      const lab = l.items[item.id]?.status;
      if (!lab) continue;
      const core = item.facets.filter((f) => f.core);
      const coreFound = core.filter((f) => f.found).length;
      const evidence = new Set(item.facets.flatMap((f) => f.evidence.map((e) => e.start))).size;
      const coreEvidence = new Set(core.flatMap((f) => f.evidence.map((e) => e.start))).size;
      const mention = item.facets.find((f) => f.id === 'mention')?.evidence.length ?? 0;
      const nonCore = item.facets.filter((f) => !f.core && f.found && f.id !== 'mention').length;
      const x = [
        rank(item.status) === 2 ? 1 : 0,
        item.status === 'partial' ? 1 : 0,
        coreFound / Math.max(1, core.length),
        Math.min(coreFound, 3) / 3,
        Math.log1p(evidence) / 3,
        Math.log1p(coreEvidence) / 3,
        Math.log1p(mention) / 3,
        Math.min(nonCore, 3) / 3,
        item.heading ? 1 : 0,
        Math.log1p(nSent) / 7,
        judged.templateLike ? 1 : 0,
        ...CHECKLIST.map((c) => (c.id === item.id ? 1 : 0)),
      ];
      judgements.push({ set, label: rank(lab), rule: rank(item.status), x });
    }
  }
}
console.log(`item status: ${judgements.length} judgements on labelled design docs in ${available.map(([s]) => s).join(', ')}`);
for (const lambda of [1, 3, 10]) {
  const parts: string[] = [];
  let model = 0;
  let rules = 0;
  let n = 0;
  for (const [set] of available) {
    const train = judgements.filter((j) => j.set !== set);
    const test = judgements.filter((j) => j.set === set);
    const xs = train.map((j) => j.x);
    const found = fitLogistic(
      xs,
      train.map((j) => (j.label >= 1 ? 1 : 0)),
      lambda,
    );
    const addressed = fitLogistic(
      xs,
      train.map((j) => (j.label >= 2 ? 1 : 0)),
      lambda,
    );
    const pred = test.map((j) => (predict(found, j.x) < 0.5 ? 0 : predict(addressed, j.x) >= 0.5 ? 2 : 1));
    const m = pred.filter((p, i) => p === test[i]!.label).length;
    const r = test.filter((j) => j.rule === j.label).length;
    parts.push(`${set} ${(m / test.length).toFixed(3)} vs ${(r / test.length).toFixed(3)}`);
    if (set !== 'corpus') {
      model += m;
      rules += r;
      n += test.length;
    }
  }
  console.log(`  lambda ${lambda}: three-class, model vs rules, per set left out: ${parts.join(' | ')}`);
  console.log(`    development sets A-F pooled (${n} judgements): model ${(model / n).toFixed(3)}, rules ${(rules / n).toFixed(3)}`);
}

// ---- 2. designDoc ----
const rowsBy = new Map<string, Row[]>();
for (const [set, dir] of available) rowsBy.set(set, corpusRows(dir) ?? []);
const written = writtenRows();
const names = Object.keys(written[0]?.features ?? rowsBy.get('corpus')?.[0]?.features ?? {});
const right = (train: Row[], test: Row[]) => {
  const { fit } = fitRows(train, names);
  const xs = matrix(test, names);
  return test.filter((r, i) => predict(fit, xs[i]!) >= 0.5 === r.label).length;
};
let shipped = 0;
let pooled = 0;
let docs = 0;
console.log('\ndesignDoc, documents right per set left out: corpus + written (what ships) vs every other set + written');
for (const [set] of available) {
  if (set === 'corpus') continue;
  const test = rowsBy.get(set)!;
  const a = right([...(rowsBy.get('corpus') ?? []), ...written], test);
  const b = right([...[...rowsBy].filter(([k]) => k !== set).flatMap(([, r]) => r), ...written], test);
  console.log(`  ${set}: ${test.length} docs, ${a} vs ${b}`);
  shipped += a;
  pooled += b;
  docs += test.length;
}
console.log(`  all: ${shipped} vs ${pooled} of ${docs}`);
