// How far two independent readings of a labelled set agree with each other: the scale against which
// the analyser's figures on that set are read.
//
// Usage: npm run agreement -- DIR [FILE1 FILE2]   (default DIR/labels-reader1.json and DIR/labels-reader2.json)
//
// Counted as `npm run eval` counts the analyser: designDoc over all documents; found / not found and the
// three classes (not-applicable counted as addressed) over the items of documents both readings call
// design docs.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

type Labels = Record<string, { designDoc: boolean; items: Record<string, { status: string }> }>;

const [dirArg, fileA, fileB] = process.argv.slice(2);
if (!dirArg) {
  console.error('agreement: give a labelled set, e.g. npm run agreement -- test/heldout-g');
  process.exit(2);
}
const dir = resolve(dirArg);
const read = (f: string) => (JSON.parse(readFileSync(f, 'utf8')) as { docs: Labels }).docs;
const a = read(join(dir, fileA ?? 'labels-reader1.json'));
const b = read(join(dir, fileB ?? 'labels-reader2.json'));
const three = (s: string) => (s === 'not-applicable' ? 'addressed' : s);

let docs = 0;
let sameDoc = 0;
let items = 0;
let found = 0;
let classes = 0;
for (const [name, la] of Object.entries(a)) {
  const lb = b[name];
  if (!lb) continue;
  docs++;
  if (la.designDoc === lb.designDoc) sameDoc++;
  else console.log(`designDoc differs: ${name} (${la.designDoc} / ${lb.designDoc})`);
  if (!la.designDoc || !lb.designDoc) continue;
  for (const [id, x] of Object.entries(la.items)) {
    const y = lb.items[id];
    if (!y) continue;
    items++;
    const sx = three(x.status);
    const sy = three(y.status);
    if ((sx === 'missing') === (sy === 'missing')) found++;
    if (sx === sy) classes++;
  }
}
const share = (k: number, n: number) => `${n ? (k / n).toFixed(3) : '-'} (${k}/${n})`;
console.log(`designDoc agreement     ${share(sameDoc, docs)}`);
console.log(`found/not-found agree   ${share(found, items)}   (items of documents both call design docs)`);
console.log(`three-class agreement   ${share(classes, items)}`);
