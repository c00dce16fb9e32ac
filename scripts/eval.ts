// Measures accuracy on labelled corpus documents: per-item precision / recall / F1 and designDoc accuracy.
// Usage: npm run eval [-- --corpus DIR] [--labels FILE] [--verbose]
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyse } from '../src/core/analyse.js';
import { CHECKLIST } from '../src/core/items/index.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? (args[i + 1] as string) : dflt;
};
const corpus = resolve(opt('--corpus', process.env.ML_DESIGN_REVIEW_CORPUS ?? '../shared/corpus'));
const labelsFile = resolve(opt('--labels', join(corpus, 'labels-dev.json')));
const verbose = args.includes('--verbose');
if (!existsSync(labelsFile)) {
  console.error(`eval: no labels at ${labelsFile} (pass --corpus DIR or set ML_DESIGN_REVIEW_CORPUS)`);
  process.exit(2);
}
type Label = { designDoc: boolean; items: Record<string, { status: string }> };
const labels = (JSON.parse(readFileSync(labelsFile, 'utf8')) as { docs: Record<string, Label> }).docs;

// Each document's path in its own repository (what the tool would see there), from SOURCES.tsv.
const realPath = new Map<string, string>();
const sources = join(corpus, 'SOURCES.tsv');
if (existsSync(sources)) {
  for (const line of readFileSync(sources, 'utf8').split('\n').slice(1)) {
    const [file, , path] = line.split('\t');
    if (file && path) realPath.set(file, path);
  }
}

const counts = new Map(CHECKLIST.map((i) => [i.id, { tp: 0, fp: 0, fn: 0 }]));
let ddRight = 0;
let ddTotal = 0;
const found = (s: string) => s !== 'missing';
for (const [name, label] of Object.entries(labels)) {
  const path = join(corpus, 'docs', name);
  const result = analyse(readFileSync(path, 'utf8'), { path: realPath.get(name) ?? name });
  ddTotal++;
  if (result.designDoc.designDoc === label.designDoc) ddRight++;
  else if (verbose) console.log(`designDoc wrong: ${name} (label ${label.designDoc}, score ${result.designDoc.score})`);
  if (!label.designDoc) continue;
  for (const item of result.checklist) {
    const want = found(label.items[item.id]?.status ?? 'missing');
    const got = found(item.status);
    const c = counts.get(item.id)!;
    if (want && got) c.tp++;
    else if (!want && got) c.fp++;
    else if (want && !got) c.fn++;
    if (verbose && want !== got) console.log(`  ${got ? 'FP' : 'FN'} ${item.id.padEnd(16)} ${name}`);
  }
}
const f = (x: number) => x.toFixed(2);
console.log(`${'item'.padEnd(18)} precision recall  F1`);
let sumF1 = 0;
for (const item of CHECKLIST) {
  const c = counts.get(item.id)!;
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  sumF1 += f1;
  console.log(`${item.id.padEnd(18)} ${f(p).padStart(9)} ${f(r).padStart(6)} ${f(f1).padStart(5)}`);
}
console.log(`macro-F1 ${f(sumF1 / CHECKLIST.length)}   designDoc accuracy ${f(ddRight / ddTotal)} (${ddRight}/${ddTotal})`);
