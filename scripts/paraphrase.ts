// Scores the consistency rules on a set of short design docs written to test wording, not keywords: each
// doc states one rule's premise in an author's own words and either leaves the point open (`fire`) or
// addresses it elsewhere in other words (`quiet`). See test/paraphrase/README.md.
//
// Usage: npm run paraphrase -- [DIR] [--list]   (default DIR test/paraphrase; --list prints every doc)
//
// For each rule: fire docs it caught, quiet docs it left quiet, and stray findings (another connection
// rule firing on a doc written to contain only this rule's premise, every other point addressed).
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyse } from '../src/core/analyse.js';
import { RULES } from '../src/core/rules/index.js';

const args = process.argv.slice(2);
const list = args.includes('--list');
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? 'test/paraphrase');
const connections = new Set(RULES.filter((r) => r.meta.group === 'connections').map((r) => r.meta.id));

interface Row {
  file: string;
  rule: string;
  expect: 'fire' | 'quiet';
  set: string;
}
const rows: Row[] = [];
for (const f of readdirSync(dir).filter((n) => /^expected.*\.tsv$/.test(n))) {
  for (const line of readFileSync(join(dir, f), 'utf8').split(/\r?\n/)) {
    const [file, rule, expect] = line.split('\t');
    if (!file || file === 'file' || !rule || (expect !== 'fire' && expect !== 'quiet')) continue;
    if (!connections.has(rule)) throw new Error(`${f}: unknown rule ${rule}`);
    rows.push({ file: file.replace(/^docs\//, ''), rule, expect, set: f });
  }
}
if (rows.length === 0) {
  console.error(`paraphrase: no expected*.tsv rows in ${dir}`);
  process.exit(2);
}

const per = new Map<string, { fire: number; caught: number; quiet: number; kept: number; stray: number }>();
let strayTotal = 0;
for (const row of rows.sort((a, b) => a.file.localeCompare(b.file))) {
  const text = readFileSync(join(dir, 'docs', row.file), 'utf8');
  const result = analyse(text, { path: row.file, reviewAll: true });
  const fired = result.findings.filter((f) => connections.has(f.ruleId));
  const own = fired.some((f) => f.ruleId === row.rule);
  const stray = fired.filter((f) => f.ruleId !== row.rule);
  const s = per.get(row.rule) ?? { fire: 0, caught: 0, quiet: 0, kept: 0, stray: 0 };
  if (row.expect === 'fire') {
    s.fire++;
    if (own) s.caught++;
  } else {
    s.quiet++;
    if (!own) s.kept++;
  }
  s.stray += stray.length;
  strayTotal += stray.length;
  per.set(row.rule, s);
  const ok = own === (row.expect === 'fire');
  if (list || !ok || stray.length) {
    const what = `${ok ? 'ok   ' : 'WRONG'} ${row.file} (expect ${row.expect}${own ? ', fired' : ', quiet'})`;
    console.log(stray.length ? `${what}; stray: ${stray.map((f) => f.ruleId).join(', ')}` : what);
  }
}

console.log('\nrule                          fire docs caught   quiet docs kept quiet   stray findings');
let caught = 0;
let fire = 0;
let kept = 0;
let quiet = 0;
for (const [rule, s] of [...per].sort()) {
  console.log(`${rule.padEnd(30)}${`${s.caught} of ${s.fire}`.padEnd(19)}${`${s.kept} of ${s.quiet}`.padEnd(24)}${s.stray}`);
  caught += s.caught;
  fire += s.fire;
  kept += s.kept;
  quiet += s.quiet;
}
// Precision of the findings on this set: a finding of the doc's own rule on a fire doc is right; its own
// rule on a quiet doc, or any stray finding, is wrong.
const right = caught;
const wrong = quiet - kept + strayTotal;
console.log(
  `\nall: ${caught} of ${fire} fire docs caught (${((100 * caught) / fire).toFixed(0)}%), ${kept} of ${quiet} quiet docs quiet (${((100 * kept) / quiet).toFixed(0)}%); findings right ${right} of ${right + wrong}`,
);
