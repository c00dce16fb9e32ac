// The designDoc classifier's training data and fitting, shared by scripts/train.ts (which writes the weights)
// and scripts/eval.ts (which scores designDoc on the corpus by leave-one-document-out cross-validation).
//
// Training rows: the labelled corpus documents (when the corpus is available; otherwise their stored rows
// in training/designdoc/features.json) and the documents written for this repository under
// training/designdoc/docs/ (always recomputed). Every row's features come from the real analyser.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse } from '../src/core/analyse.js';
import { designDocFeatures } from '../src/core/designdoc-features.js';
import { fitLogistic, chooseLambda, predict, type Fit } from './logistic.js';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const featuresFile = join(root, 'training/designdoc/features.json');
export const ownDir = join(root, 'training/designdoc/docs');

export interface Row {
  id: string;
  source: 'corpus' | 'written';
  path: string;
  label: boolean;
  features: Record<string, number>;
}
export interface FeatureFile {
  comment: string;
  featureNames: string[];
  rows: Row[];
}

export const round = (x: number, d = 6) => Math.round(x * 10 ** d) / 10 ** d;

function featuresOf(file: string, path: string): Record<string, number> {
  const { judged } = analyse(readFileSync(file, 'utf8'), { path });
  const f = designDocFeatures(judged, path);
  return Object.fromEntries(Object.entries(f).map(([k, v]) => [k, round(v)]));
}

/** Each corpus document's path in its own repository (what the tool would see there), from SOURCES.tsv. */
function realPaths(corpusDir: string): Map<string, string> {
  const out = new Map<string, string>();
  const sources = join(corpusDir, 'SOURCES.tsv');
  if (!existsSync(sources)) return out;
  for (const line of readFileSync(sources, 'utf8').split('\n').slice(1)) {
    const [file, , path] = line.split('\t');
    if (file && path) out.set(file, path);
  }
  return out;
}

/** Rows of the labelled corpus, features recomputed; undefined when the corpus has no labels.json. */
export function corpusRows(corpusDir: string): Row[] | undefined {
  const labelsFile = join(corpusDir, 'labels.json');
  if (!existsSync(labelsFile)) return undefined;
  const labels = (JSON.parse(readFileSync(labelsFile, 'utf8')) as { docs: Record<string, { designDoc: boolean }> }).docs;
  const paths = realPaths(corpusDir);
  return Object.entries(labels)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, l]) => {
      const path = paths.get(name) ?? name;
      return { id: name, source: 'corpus' as const, path, label: l.designDoc, features: featuresOf(join(corpusDir, 'docs', name), path) };
    });
}

/** Rows of the documents written for this repository (training/designdoc/docs, labels.json beside it). */
export function writtenRows(): Row[] {
  const labels = (JSON.parse(readFileSync(join(ownDir, '../labels.json'), 'utf8')) as { docs: Record<string, { designDoc: boolean; path?: string }> }).docs;
  return readdirSync(ownDir)
    .filter((f) => /\.md$/.test(f))
    .sort()
    .map((name) => {
      const l = labels[name];
      if (!l) throw new Error(`train: ${name} has no label in training/designdoc/labels.json`);
      const path = l.path ?? name;
      return { id: name, source: 'written' as const, path, label: l.designDoc, features: featuresOf(join(ownDir, name), path) };
    });
}

export const matrix = (rs: Row[], names: string[]) => rs.map((r) => names.map((n) => r.features[n] as number));
export const targets = (rs: Row[]) => rs.map((r) => (r.label ? 1 : 0));

/** The fit that is shipped: lambda by leave-one-out log-loss on the rows, then fitted on all of them. */
export function fitRows(rs: Row[], names: string[]): { fit: Fit; lambda: number } {
  const xs = matrix(rs, names);
  const ys = targets(rs);
  const { lambda } = chooseLambda(xs, ys);
  return { fit: fitLogistic(xs, ys, lambda), lambda };
}

/**
 * Nested leave-one-document-out probabilities for the rows selected by `heldOut`: each is predicted by a
 * model fitted on every other row (lambda re-chosen by leave-one-out on those rows only). Rows not
 * selected are never held out, so they always stay in training.
 */
export function nestedLoo(rows: Row[], names: string[], heldOut: (r: Row) => boolean = () => true): Map<string, number> {
  const out = new Map<string, number>();
  rows.forEach((r, i) => {
    if (!heldOut(r)) return;
    const others = rows.filter((_, k) => k !== i);
    const { fit } = fitRows(others, names);
    out.set(
      r.id,
      predict(
        fit,
        names.map((n) => r.features[n] as number),
      ),
    );
  });
  return out;
}

/**
 * Each corpus document's leave-one-document-out designDoc verdict: fitted on all training rows except that
 * document (the written documents always stay in training), lambda chosen inside the fold.
 */
export function looDesignDoc(corpusDir: string): Promise<Map<string, boolean>> {
  const corpus = corpusRows(corpusDir) ?? [];
  const written = writtenRows();
  const rows = [...corpus, ...written];
  const names = Object.keys(rows[0]?.features ?? {});
  const ps = nestedLoo(rows, names, (r) => r.source === 'corpus');
  return Promise.resolve(new Map([...ps].map(([id, p]) => [id, p >= 0.5])));
}
