// Scaling check: pathological document families at 10 KB, 100 KB and 1 MB, analysed in process, with
// remark-parse's parse of the same text for comparison; then the hostile inputs through the command line.
// Prints the growth from one size to the next: 10x the text should cost at most about 12x the time.
// Last, realistic design docs made large (1 MB and 4 MB) through the command line: 4x the text should cost
// at most 4.5x the time.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { analyse } from '../src/core/analyse.js';

const parser = unified().use(remarkParse);

/** Repeats `unit` to about `size` characters. */
const fill = (unit: string, size: number) => unit.repeat(Math.max(1, Math.round(size / unit.length)));

const FAMILIES: Record<string, (size: number) => string> = {
  'long paragraph': (n) => '# Plan\n\n' + fill('The model reads TBD and scores payments by risk. ', n) + '\n',
  'many paragraphs': (n) => fill('TBD\n\n', n),
  'many paragraphs with markup': (n) => fill('We *monitor* drift and `precision` daily.\n\n', n),
  'deep nesting': (n) => fill('> ', n / 4) + 'deep\n' + fill('- ', n / 4) + 'x\n' + fill('- > ', n / 2) + 'y\n',
  'long lines': (n) => '# T\n\n' + fill(' ', n) + '\n',
  'HTML comments': (n) => fill('<!-- x\n', n),
  'emphasis runs': (n) => '# T\n\n' + fill('*_', n) + '\n',
};

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

const sizes = [10_000, 100_000, 1_000_000];
const PARSER_PATHOLOGICAL = new Set(['deep nesting', 'emphasis runs']);
console.log(`${'family'.padEnd(28)} ${sizes.map((s) => `${s / 1000} KB`.padStart(17)).join('')}   growth (10x text)   remark-parse at 1 MB`);
let worst = 0;
for (const [name, make] of Object.entries(FAMILIES)) {
  const ts: number[] = [];
  let parse = 0;
  for (const size of sizes) {
    const text = make(size);
    ts.push(time(() => analyse(text, { reviewAll: true })));
    // remark-parse alone, for scale, except where the parser itself overflows or goes quadratic on the raw
    // text (deep nesting, emphasis runs): the analysis flattens those before parsing.
    if (size === sizes[sizes.length - 1] && !PARSER_PATHOLOGICAL.has(name)) parse = time(() => parser.parse(text));
  }
  // Below a few milliseconds the growth is noise, so it starts from at least 5 ms.
  const growth = ts.slice(1).map((t, i) => t / Math.max(ts[i] as number, 5));
  worst = Math.max(worst, ...growth);
  console.log(
    `${name.padEnd(28)} ${ts.map((t) => `${t.toFixed(0)} ms`.padStart(17)).join('')}   ${growth
      .map((g) => `${g.toFixed(1)}x`)
      .join(', ')
      .padEnd(18)} ${PARSER_PATHOLOGICAL.has(name) ? 'not timed (the raw text overflows or is quadratic)' : `${parse.toFixed(0)} ms`}`,
  );
}
console.log(`largest growth for 10x the text: ${worst.toFixed(1)}x (target: about 12x at most)`);

// The hostile inputs of the robustness issue, through the command line as a user runs it (whole process).
const dir = mkdtempSync(join(tmpdir(), 'bench-hostile-'));
const HOSTILE: Record<string, string> = {
  'a line of 10,000 ">"': '>'.repeat(10_000) + ' x\n',
  '"- > " x 2,500': '- > '.repeat(2500) + 'x\n',
  '200,000 paragraphs (1 MB)': 'TBD\n\n'.repeat(200_000),
  '40 KB of "TBD "': '# T\n\n' + 'TBD '.repeat(10_000) + '\n',
  '100 KB of "TBD "': '# T\n\n' + 'TBD '.repeat(25_000) + '\n',
  '300 KB of "<!-- x" lines': '<!-- x\n'.repeat(43_000),
  '1 MB of "<!-- x" lines': '<!-- x\n'.repeat(143_000),
  '100 KB unclosed "[a / b / ..."': '# T\n\nServing: [' + 'x / '.repeat(25_000) + '\n',
  '100,000 spaces on a line': '# T\n\n' + 'a\n'.repeat(1000) + ' '.repeat(100_000) + '\n' + 'b\n'.repeat(2000),
};
let seed = 7;
const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const chars = '#*_>-+`[]()<>!|\n \t\r abcTBD123.:%&;\\~=';
let fuzz = '';
for (let i = 0; i < 1_000_000; i++) fuzz += chars[Math.floor(rand() * chars.length)];
HOSTILE['1 MB fuzzed (1 MB)'] = fuzz;
console.log('\nhostile inputs through the command line (whole process, target 3 s; 8 s for 1 MB):');
for (const [name, text] of Object.entries(HOSTILE)) {
  const file = join(dir, 'doc.md');
  writeFileSync(file, text);
  const t = performance.now();
  let status = 0;
  try {
    execFileSync(process.execPath, ['dist/cli.cjs', '--all', '--fail-on', 'none', file], { stdio: 'ignore' });
  } catch (e) {
    status = (e as { status?: number }).status ?? -1;
  }
  console.log(`  ${name.padEnd(30)} ${((performance.now() - t) / 1000).toFixed(2)} s   exit ${status}`);
}

// Realistic design docs made large, through the command line as a user runs it (whole process). The test
// documents (test/heldout*/docs, test/fixtures/complete.md, the example) are joined until 1 MB, and the
// 4 MB text is that same text four times, so the mix of content is the same at both sizes. Each family's
// two sizes run back to back, three times; the figures are medians.
const SOURCES = [
  ...readdirSync('test')
    .filter((d) => d.startsWith('heldout'))
    .sort()
    .flatMap((d) =>
      readdirSync(join('test', d, 'docs'))
        .filter((f) => f.endsWith('.md'))
        .sort()
        .map((f) => join('test', d, 'docs', f)),
    ),
  'test/fixtures/complete.md',
  'examples/churn-prediction-design.md',
].map((f) => readFileSync(f, 'utf8').trim() + '\n\n');

/** Documents joined in turn until the text reaches `size`. */
function join1MB(docs: string[], size = 1_000_000): string {
  let out = '';
  for (let i = 0; out.length < size; i++) out += docs[i % docs.length] as string;
  return out;
}

/** Headings made plain text: one long document with no headings. */
const plainHeadings = (doc: string) => doc.replace(/^#{1,6}[ \t]+/gm, '');
/**
 * Notes without headings: every line that opens with a word becomes a list item. (Link and footnote
 * definitions are left out, as notes seldom have them; see `ACROSS_BLOCKS` in src/core/chunks.ts.)
 */
const listNotes = (doc: string) =>
  plainHeadings(doc)
    .replace(/^\s*\[[^\]\n]*\]:.*$/gm, '')
    .replace(/^(?=[A-Za-z])/gm, '- ');

const REALISTIC: Record<string, string> = {
  'design docs joined': join1MB(SOURCES),
  'one design doc repeated': join1MB(SOURCES.slice(-1)),
  'no headings (paragraphs)': join1MB(SOURCES.map(plainHeadings)),
  'no headings (lists)': join1MB(SOURCES.map(listNotes)),
};

/** Wall time of one command-line review of `text`, in milliseconds. */
function review(text: string): number {
  const file = join(dir, 'big.md');
  writeFileSync(file, text);
  const t = performance.now();
  execFileSync(process.execPath, ['dist/cli.cjs', '--fail-on', 'none', file], { stdio: 'ignore', maxBuffer: 1 << 30 });
  return performance.now() - t;
}

const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1] as number;
console.log('\nrealistic design docs through the command line (whole process, median of 3, both sizes back to back):');
console.log(`  ${'family'.padEnd(26)} ${'1 MB'.padStart(9)} ${'4 MB'.padStart(9)}   growth (4x text)`);
let worstRealistic = 0;
for (const [name, text] of Object.entries(REALISTIC)) {
  const small: number[] = [];
  const large: number[] = [];
  for (let run = 0; run < 3; run++) {
    small.push(review(text));
    large.push(review(text.repeat(4)));
  }
  const growth = med(large) / med(small);
  worstRealistic = Math.max(worstRealistic, growth);
  console.log(
    `  ${name.padEnd(26)} ${`${(med(small) / 1000).toFixed(2)} s`.padStart(9)} ${`${(med(large) / 1000).toFixed(2)} s`.padStart(9)}   ${growth.toFixed(1)}x`,
  );
}
console.log(`largest growth for 4x the text: ${worstRealistic.toFixed(1)}x (target: 4.5x at most)`);
rmSync(dir, { recursive: true, force: true });
