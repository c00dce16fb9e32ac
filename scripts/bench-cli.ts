// Benchmark (`npm run bench:cli`): the command line against markdownlint-cli2 on the same generated tree
// of Markdown files, as whole processes: our cold run (no cache file), our warm run (cache written by
// the previous run, nothing changed), and markdownlint-cli2 with its default rules. Runs alternate and
// each figure is the median of RUNS, so the ratios compare like with like on a noisy shared machine.
//
// The tree is COPIES copies of the design docs available (the labelled corpus when present, else the
// test documents). Each copy is perturbed (every sentence gets a word of its own), so no tool gains from
// seeing the same sentence twice: a copy costs what a new document costs.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, availableParallelism } from 'node:os';
import { join } from 'node:path';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const COPIES = Number(process.env.BENCH_COPIES ?? 10);
const corpus = process.env.ML_DESIGN_REVIEW_CORPUS ?? '../shared/corpus/docs';
const sources = existsSync(corpus) ? [corpus] : ['test/fixtures', 'test/heldout', 'test/heldout-b', 'test/heldout-c/docs', 'test/heldout-d/docs', 'examples'];

const docs: Array<{ name: string; text: string }> = [];
for (const dir of sources) {
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.md'))
    .sort())
    docs.push({ name: f, text: readFileSync(join(dir, f), 'utf8') });
}

/**
 * A copy of a document in which every sentence, list item, heading and table row has a word of its own
 * (front matter is left alone, so the copy is detected the same way): nothing is the same as elsewhere.
 */
function perturb(text: string, tag: string): string {
  const front = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text)?.[0] ?? '';
  const body = text
    .slice(front.length)
    .replace(/([A-Za-z0-9)])([.!?:])(?=[ \t])/g, `$1 ${tag}$2`)
    .split('\n')
    .map((line) => {
      if (!/[A-Za-z]/.test(line)) return line;
      if (/\|\s*$/.test(line)) return line.replace(/\|\s*$/, ` ${tag} |`);
      return line.replace(/\s*$/, ` ${tag}`);
    })
    .join('\n');
  return front + body;
}

const root = mkdtempSync(join(tmpdir(), 'mldr-bench-cli-'));
const tree = join(root, 'docs');
let bytes = 0;
for (let k = 0; k < COPIES; k++) {
  const dir = join(tree, `copy-${k}`);
  mkdirSync(dir, { recursive: true });
  const tag = `r${k.toString(36)}`;
  for (const d of docs) {
    const text = k === 0 ? d.text : perturb(d.text, tag);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, d.name), text);
  }
}
const files = docs.length * COPIES;

execFileSync(process.execPath, ['esbuild.js'], { stdio: 'ignore' });
const cli = join(process.cwd(), 'dist/cli.cjs');
const mdl = join(process.cwd(), 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
const cacheFile = join(root, 'cache.json');

function time(args: string[], cwd: string): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 });
  const ms = performance.now() - t;
  // markdownlint-cli2 exits 1 when it finds something; anything above that is a failure of the run.
  if (r.status === null || r.status > 1) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr.toString().slice(0, 500)}`);
  return ms;
}

const ours = (extra: string[]) => [cli, '--format', 'json', '--fail-on', 'none', ...extra, tree];
const runs = { mdl: [] as number[], cold: [] as number[], warm: [] as number[], one: [] as number[] };
for (let i = 0; i < RUNS; i++) {
  runs.mdl.push(time([mdl, 'docs/**/*.md'], root));
  rmSync(cacheFile, { force: true });
  runs.cold.push(time(ours(['--cache', '--cache-location', cacheFile]), root));
  runs.warm.push(time(ours(['--cache', '--cache-location', cacheFile]), root));
  runs.one.push(time(ours(['--concurrency', '1']), root));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const m = { mdl: median(runs.mdl), cold: median(runs.cold), warm: median(runs.warm), one: median(runs.one) };
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
console.log(
  `command line vs markdownlint-cli2: ${files} files, ${(bytes / 1e6).toFixed(1)} MB (${COPIES} perturbed copies of ${docs.length} docs), ${availableParallelism()} cores, median of ${RUNS} alternated runs`,
);
console.log(`  markdownlint-cli2 (default rules)        ${s(m.mdl)}`);
console.log(`  ml-design-review cold (no cache file)    ${s(m.cold)}   ${(m.mdl / m.cold).toFixed(1)}x faster`);
console.log(`  ml-design-review warm (--cache, no edit) ${s(m.warm)}   ${(m.mdl / m.warm).toFixed(1)}x faster`);
console.log(`  ml-design-review --concurrency 1         ${s(m.one)}   ${(m.mdl / m.one).toFixed(1)}x faster`);
rmSync(root, { recursive: true, force: true });
const fail = [m.mdl / m.cold < 3 ? 'cold < 3x' : '', m.mdl / m.warm < 10 ? 'warm < 10x' : ''].filter(Boolean);
if (fail.length) console.log(`  below target: ${fail.join(', ')}`);
