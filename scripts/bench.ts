// Benchmark: analysis time against remark-parse's parse alone, on the largest document available.
// Prints figures and ratios measured in one run (the machine is shared and noisy: compare ratios).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { analyse } from '../src/core/analyse.js';
import { ChunkCache } from '../src/core/model.js';

const corpus = process.env.ML_DESIGN_REVIEW_CORPUS ?? '../shared/corpus/docs';
let name = 'examples/churn-prediction-design.md (x40)';
let text = readFileSync('examples/churn-prediction-design.md', 'utf8').repeat(40);
if (existsSync(corpus)) {
  const largest = readdirSync(corpus)
    .map((f) => join(corpus, f))
    .sort((a, b) => readFileSync(b, 'utf8').split('\n').length - readFileSync(a, 'utf8').split('\n').length)[0];
  if (largest) {
    name = largest;
    text = readFileSync(largest, 'utf8');
  }
}
const parser = unified().use(remarkParse);

function median(fn: () => void, runs = 15): number {
  for (let i = 0; i < 3; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

const lines = text.split('\n').length;
const parse = median(() => parser.parse(text));
const full = median(() => analyse(text, { reviewAll: true }));
// An edit in one section, analysed with a warm chunk cache (what the language server does on each change).
const cache = new ChunkCache();
analyse(text, { cache, reviewAll: true });
let n = 0;
const incremental = median(() => {
  const at = Math.floor(text.length / 2);
  const edited = text.slice(0, at) + ` edit${n++} ` + text.slice(at);
  analyse(edited, { cache, reviewAll: true });
});
console.log(`document: ${name} (${lines} lines, ${text.length} UTF-16 units)`);
console.log(`remark-parse parse only        ${parse.toFixed(1)} ms (median of 15)`);
console.log(`full analysis (no cache)       ${full.toFixed(1)} ms   ratio to parse ${(full / parse).toFixed(2)}x (target <= 2x)`);
console.log(`analysis after a one-section edit, warm cache ${incremental.toFixed(1)} ms   ratio to parse ${(incremental / parse).toFixed(2)}x`);
