// Measures accuracy on a labelled corpus, counted as /work/shared/corpus/README.md says ("How accuracy is counted"):
// per-item precision / recall / F1 of found / not found, macro-F1, three-class agreement (addressed / partial /
// missing, not-applicable counted as addressed) with its confusion matrix, designDoc accuracy, and evidence hit rate.
//
// Usage: npm run eval [-- --corpus DIR] [--labels FILE] [--verbose] [--connections] [--json FILE]
//   --corpus DIR   a corpus with the same layout: docs/, labels.json, optional SOURCES.tsv
//                  (default ../shared/corpus, or $ML_DESIGN_REVIEW_CORPUS)
//   --labels FILE  labels to score against (default DIR/labels.json)
//   --connections  list every firing of a consistency rule (with its related lines), to read them
//   --verbose      list every disagreement: doc, item, label vs tool status, label line / quote vs tool evidence lines
//   --json FILE    write the figures machine-readably
//
// What is fitted on what: the item rules are hand-written and fitted on nothing, so they are scored on every
// labelled document as they are. The designDoc weights (src/core/generated/, `npm run train`) are learnt from
// the corpus, so on documents they were trained on designDoc is scored by leave-one-document-out
// cross-validation, from `looDesignDoc` of scripts/train-lib.ts when that module exists.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyse } from '../src/core/analyse.js';
import { CHECKLIST } from '../src/core/items/index.js';
import { LineIndex } from '../src/core/positions.js';
import type { ItemResult, Span } from '../src/core/types.js';
import { CONNECTION_RULES } from '../src/core/rules/connections/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? (args[i + 1] as string) : dflt;
};
const corpus = resolve(opt('--corpus', process.env.ML_DESIGN_REVIEW_CORPUS ?? join(root, '../shared/corpus')));
const labelsFile = resolve(opt('--labels', join(corpus, 'labels.json')));
const verbose = args.includes('--verbose');
const jsonOut = args.includes('--json') ? opt('--json', '') : undefined;
if (jsonOut === '') {
  console.error('eval: --json needs a file name');
  process.exit(2);
}
if (!existsSync(labelsFile)) {
  console.error(`eval: no labels at ${labelsFile} (pass --corpus DIR or set ML_DESIGN_REVIEW_CORPUS)`);
  process.exit(2);
}

type Status = 'addressed' | 'partial' | 'missing' | 'not-applicable';
type ItemLabel = { status: Status; line?: number; quote?: string };
type Label = { designDoc: boolean; items: Record<string, ItemLabel> };
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

// ---- designDoc: which documents the shipped weights were trained on, and their cross-validated verdicts ----

/** Corpus documents the shipped designDoc weights were fitted on (rows of training/designdoc/features.json). */
function trainedOn(): Set<string> {
  const file = join(root, 'training/designdoc/features.json');
  if (!existsSync(file)) return new Set();
  const rows = (JSON.parse(readFileSync(file, 'utf8')) as { rows?: Array<{ id: string; source: string }> }).rows ?? [];
  return new Set(rows.filter((r) => r.source === 'corpus').map((r) => r.id));
}

/** Leave-one-document-out designDoc verdicts from scripts/train-lib.ts (`looDesignDoc`), if that module exists. */
async function looVerdicts(corpusDir: string): Promise<Map<string, boolean> | undefined> {
  const lib = join(root, 'scripts/train-lib.ts');
  if (!existsSync(lib)) return undefined;
  // A computed specifier, so the type check does not need the module to exist yet.
  const mod = (await import(pathToFileURL(lib).href)) as { looDesignDoc?: (dir: string) => Promise<Map<string, boolean>> };
  return mod.looDesignDoc ? mod.looDesignDoc(corpusDir) : undefined;
}

const trained = trainedOn();
const inSampleNames = Object.keys(labels).filter((n) => trained.has(n));
const loo = inSampleNames.length ? await looVerdicts(corpus) : undefined;
let designDocMethod: string;
if (!inSampleNames.length) designDocMethod = 'designDoc: fitted weights, none of these documents trained on (held out)';
else if (loo) designDocMethod = `designDoc: leave-one-document-out cross-validation (${inSampleNames.length} trained-on documents)`;
else designDocMethod = 'designDoc: fitted weights (in-sample)';

// ---- counting ----

type Three = 'addressed' | 'partial' | 'missing';
const THREE: Three[] = ['addressed', 'partial', 'missing'];
const three = (s: string): Three => (s === 'not-applicable' || s === 'addressed' ? 'addressed' : s === 'partial' ? 'partial' : 'missing');
const found = (s: string) => s !== 'missing';

const perItem = new Map(CHECKLIST.map((i) => [i.id, { tp: 0, fp: 0, fn: 0, tn: 0, agree: 0, total: 0, evHit: 0, evTotal: 0 }]));
const confusion: Record<Three, Record<Three, number>> = {
  addressed: { addressed: 0, partial: 0, missing: 0 },
  partial: { addressed: 0, partial: 0, missing: 0 },
  missing: { addressed: 0, partial: 0, missing: 0 },
};
const dd = { right: 0, total: 0, looUsed: 0, wrong: [] as Array<{ doc: string; label: boolean; tool: boolean }> };
const disagreements: Array<{ doc: string; item: string; label: string; tool: string; labelLine?: number; quote?: string; toolLines: string[] }> = [];
const missingDocs: string[] = [];

/** 1-based line ranges of spans, as "12" or "12-14". */
const lineRanges = (index: LineIndex, spans: Span[]) => [
  ...new Set(
    spans.map((s) => {
      const a = index.lineColumn(s.start).line;
      const b = index.lineColumn(Math.max(s.start, s.end - 1)).line;
      return a === b ? `${a}` : `${a}-${b}`;
    }),
  ),
];
const contains = (index: LineIndex, spans: Span[], line: number) =>
  spans.some((s) => index.lineColumn(s.start).line <= line && line <= index.lineColumn(Math.max(s.start, s.end - 1)).line);
const allEvidence = (item: ItemResult): Span[] => [...item.evidence, ...(item.facets ?? []).flatMap((f) => f.evidence)];

// Consistency rules ("Connections"): how often each fires, and every firing, to be read by a person.
const connectionIds = CONNECTION_RULES.map((r) => r.meta.id);
const firings: Array<{
  doc: string;
  designDoc: boolean;
  /** Whether the editor shows it: the tool takes the document for a design doc (otherwise only `--all` does). */
  shown: boolean;
  ruleId: string;
  line: number;
  message: string;
  related: Array<{ line: number; message: string }>;
}> = [];

const started = Date.now();
for (const [name, label] of Object.entries(labels)) {
  const path = join(corpus, 'docs', name);
  if (!existsSync(path)) {
    missingDocs.push(name);
    continue;
  }
  const text = readFileSync(path, 'utf8');
  // Every finding, also on documents the tool takes for non-design docs (the editor hides those; `--all` shows them).
  const result = analyse(text, { path: realPath.get(name) ?? name, reviewAll: true });
  const index = new LineIndex(text);

  let verdict = result.designDoc.designDoc;
  if (loo && trained.has(name) && loo.has(name)) {
    verdict = loo.get(name) as boolean;
    dd.looUsed++;
  }
  for (const f of result.findings) {
    if (!connectionIds.includes(f.ruleId)) continue;
    firings.push({
      doc: name,
      designDoc: label.designDoc,
      shown: result.designDoc.designDoc,
      ruleId: f.ruleId,
      line: index.lineColumn(f.start).line,
      message: f.message,
      related: (f.related ?? []).map((r) => ({ line: index.lineColumn(r.start).line, message: r.message })),
    });
  }
  dd.total++;
  if (verdict === label.designDoc) dd.right++;
  else dd.wrong.push({ doc: name, label: label.designDoc, tool: verdict });
  if (!label.designDoc) continue;

  for (const item of result.checklist) {
    const want = label.items[item.id] ?? { status: 'missing' as Status };
    const c = perItem.get(item.id);
    if (!c) continue;
    const w = found(want.status);
    const g = found(item.status);
    if (w && g) c.tp++;
    else if (!w && g) c.fp++;
    else if (w && !g) c.fn++;
    else c.tn++;
    const wt = three(want.status);
    const gt = three(item.status);
    c.total++;
    if (wt === gt) c.agree++;
    confusion[wt][gt]++;
    let hit: boolean | undefined;
    if (w && g && typeof want.line === 'number') {
      hit = contains(index, allEvidence(item), want.line);
      c.evTotal++;
      if (hit) c.evHit++;
    }
    if (wt !== gt || hit === false) {
      disagreements.push({
        doc: name,
        item: item.id,
        label: want.status,
        tool: item.status,
        labelLine: want.line,
        quote: want.quote,
        toolLines: (item.evidence.length ? [`evidence:${lineRanges(index, item.evidence).join(',')}`] : []).concat(
          (item.facets ?? []).filter((f) => f.evidence.length).map((f) => `${f.id}:${lineRanges(index, f.evidence).join(',')}`),
        ),
      });
    }
  }
}
const elapsed = Date.now() - started;

// ---- figures ----

const ratio = (k: number, n: number) => (n ? k / n : NaN);
const items = CHECKLIST.map((i) => {
  const c = perItem.get(i.id)!;
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { id: i.id, ...c, precision, recall, f1, agreement: ratio(c.agree, c.total), evidenceHitRate: ratio(c.evHit, c.evTotal) };
});
const sum = (f: (x: (typeof items)[number]) => number) => items.reduce((a, x) => a + f(x), 0);
const macroF1 = sum((x) => x.f1) / items.length;
const agree = sum((x) => x.agree);
const agreeTotal = sum((x) => x.total);
const evHit = sum((x) => x.evHit);
const evTotal = sum((x) => x.evTotal);
const foundAgree = sum((x) => x.tp + x.tn);

const f = (x: number) => (Number.isNaN(x) ? '  -' : x.toFixed(2));
const pct = (k: number, n: number) => `${f(ratio(k, n))} (${k}/${n})`;
console.log(
  `Item rules are hand-written, fitted on nothing: scored as they are on all ${dd.total} documents. ` +
    `Learnt parts (designDoc weights in src/core/generated/, npm run train) are scored by leave-one-document-out CV. ${designDocMethod}.`,
);
console.log(
  `corpus ${corpus}, labels ${labelsFile}; ${dd.total} documents read, ${agreeTotal / CHECKLIST.length} labelled design docs scored per item` +
    (missingDocs.length ? `, ${missingDocs.length} labelled but absent: ${missingDocs.join(', ')}` : '') +
    ` (${elapsed} ms)\n`,
);
console.log(`${'item'.padEnd(18)} precision recall    F1  3-class  evidence`);
for (const x of items) {
  console.log(
    `${x.id.padEnd(18)} ${f(x.precision).padStart(9)} ${f(x.recall).padStart(6)} ${f(x.f1).padStart(5)} ${f(x.agreement).padStart(8)} ${(x.evTotal ? `${x.evHit}/${x.evTotal}` : '-').padStart(9)}`,
  );
}
console.log('');
console.log(`macro-F1                ${f(macroF1)}`);
console.log(`found/not-found agree   ${pct(foundAgree, agreeTotal)}   (two human labellings: 0.97)`);
console.log(`three-class agreement   ${pct(agree, agreeTotal)}   (two human labellings: 0.92)`);
console.log(`designDoc accuracy      ${pct(dd.right, dd.total)}   ${designDocMethod}`);
console.log(`evidence hit rate       ${pct(evHit, evTotal)}`);
console.log('\nconfusion (rows: label, columns: tool; not-applicable counted as addressed)');
console.log(`${''.padEnd(10)}${THREE.map((t) => t.padStart(10)).join('')}`);
for (const l of THREE) console.log(`${l.padEnd(10)}${THREE.map((t) => String(confusion[l][t]).padStart(10)).join('')}`);

console.log(
  `\nconnections (consistency rules): firings on ${Object.values(labels).filter((l) => l.designDoc).length} labelled design docs (on the other documents in brackets); "hidden": of those, on documents the tool takes for non-design docs, shown only with --all`,
);
for (const id of connectionIds) {
  const on = firings.filter((x) => x.ruleId === id);
  const hidden = on.filter((x) => !x.shown).length;
  console.log(
    `  ${id.padEnd(28)} ${String(on.filter((x) => x.designDoc).length).padStart(3)}  (${on.filter((x) => !x.designDoc).length})${hidden ? `  hidden ${hidden}` : ''}`,
  );
}
if (verbose || args.includes('--connections')) {
  console.log('\nevery connection firing (read each: would a reviewer agree?):' + (firings.length ? '' : ' none'));
  for (const x of firings) {
    console.log(
      `  ${x.doc}${x.designDoc ? '' : ' (not a design doc)'}${x.shown ? '' : ' [hidden: the tool takes it for a non-design doc]'} line ${x.line} ${x.ruleId}: ${x.message}`,
    );
    for (const r of x.related) console.log(`      see line ${r.line}: ${r.message}`);
  }
}

if (verbose) {
  console.log('\ndesignDoc disagreements:' + (dd.wrong.length ? '' : ' none'));
  for (const w of dd.wrong) console.log(`  ${w.doc}: label ${w.label}, tool ${w.tool}`);
  console.log("\nitem disagreements (status, or evidence that misses the label's line):" + (disagreements.length ? '' : ' none'));
  for (const d of disagreements) {
    const where = d.labelLine !== undefined ? `label L${d.labelLine}${d.quote ? ` "${d.quote}"` : ''}` : 'label -';
    const kind = three(d.label) === three(d.tool) ? 'evidence miss' : `${d.label} vs ${d.tool}`;
    console.log(`  ${d.doc}  ${d.item.padEnd(16)} ${kind.padEnd(28)} ${where}  | tool ${d.toolLines.length ? d.toolLines.join(' ') : '-'}`);
  }
}

if (jsonOut) {
  const num = (x: number) => (Number.isNaN(x) ? null : Math.round(x * 10000) / 10000);
  const out = {
    corpus,
    labels: labelsFile,
    documents: dd.total,
    designDocsScored: Object.values(labels).filter((l) => l.designDoc).length - missingDocs.filter((n) => labels[n]?.designDoc).length,
    method: {
      rules: 'hand-written, fitted on nothing',
      designDoc: loo && inSampleNames.length ? 'leave-one-document-out' : inSampleNames.length ? 'in-sample' : 'held-out',
      looDocuments: dd.looUsed,
    },
    macroF1: num(macroF1),
    foundAgreement: { agree: foundAgree, total: agreeTotal, rate: num(ratio(foundAgree, agreeTotal)) },
    threeClassAgreement: { agree, total: agreeTotal, rate: num(ratio(agree, agreeTotal)) },
    designDoc: { right: dd.right, total: dd.total, accuracy: num(ratio(dd.right, dd.total)), wrong: dd.wrong },
    evidenceHitRate: { hits: evHit, total: evTotal, rate: num(ratio(evHit, evTotal)) },
    confusion,
    items: Object.fromEntries(
      items.map((x) => [
        x.id,
        {
          tp: x.tp,
          fp: x.fp,
          fn: x.fn,
          tn: x.tn,
          precision: num(x.precision),
          recall: num(x.recall),
          f1: num(x.f1),
          agreement: num(x.agreement),
          evidenceHits: x.evHit,
          evidenceTotal: x.evTotal,
        },
      ]),
    ),
    disagreements,
    connections: firings,
    missingDocs,
  };
  writeFileSync(jsonOut, JSON.stringify(out, null, 2) + '\n');
}
