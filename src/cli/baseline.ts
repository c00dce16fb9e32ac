// Baselines (`--baseline`, `--write-baseline`): today's findings recorded once, so a repository with
// many legacy docs can switch the review on and see only what is new. Findings are matched by file, rule
// and a fingerprint of the text they cover (see core/format/fingerprint.ts), never by line number, so an
// edit above a finding does not bring it back.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { findingFingerprints } from '../core/format/fingerprint.js';
import { LineIndex } from '../core/positions.js';
import type { FileReport } from '../core/format/report.js';

export class BaselineError extends Error {}

interface Entry {
  path: string;
  ruleId: string;
  fingerprint: string;
  /** For people reading the file; not used to match. */
  line?: number;
  message?: string;
}

interface BaselineFile {
  version: 1;
  tool: 'ml-design-review';
  findings: Entry[];
}

/** The path a baseline records: relative to the current folder, with forward slashes. */
function normal(cwd: string, path: string): string {
  return relative(cwd, resolve(cwd, path)).split(sep).join('/');
}

function keyOf(path: string, ruleId: string, fingerprint: string): string {
  return `${path}\0${ruleId}\0${fingerprint}`;
}

/** The entries of every finding in the reports. */
function entries(reports: readonly FileReport[], cwd: string): Array<Entry & { key: string }> {
  const out: Array<Entry & { key: string }> = [];
  for (const r of reports) {
    const path = normal(cwd, r.path);
    const prints = findingFingerprints(path, r.text, r.result.findings);
    const index = new LineIndex(r.text);
    r.result.findings.forEach((f, i) => {
      const fingerprint = prints[i] as string;
      out.push({ path, ruleId: f.ruleId, fingerprint, line: index.lineColumn(f.start).line, message: f.message, key: keyOf(path, f.ruleId, fingerprint) });
    });
  }
  return out;
}

/** Writes today's findings as a baseline file. */
export function writeBaseline(file: string, reports: readonly FileReport[], cwd: string): void {
  const body: BaselineFile = { version: 1, tool: 'ml-design-review', findings: entries(reports, cwd).map(({ key: _key, ...e }) => e) };
  body.findings.sort((a, b) => a.path.localeCompare(b.path) || (a.line ?? 0) - (b.line ?? 0) || a.ruleId.localeCompare(b.ruleId));
  try {
    writeFileSync(file, JSON.stringify(body, null, 2) + '\n');
  } catch (e) {
    throw new BaselineError(`cannot write the baseline ${file}: ${(e as Error).message}`);
  }
}

/** Reads a baseline: how many times each (file, rule, fingerprint) was recorded. Errors name the file and line. */
export function readBaseline(file: string): Map<string, number> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new BaselineError(`cannot read the baseline ${file}: ${(e as Error).message}`);
  }
  const errors: ParseError[] = [];
  const data = parseJsonc(text.replace(/^\uFEFF/, ''), errors, { allowTrailingComma: false }) as unknown;
  const at = (offset: number) => {
    const { line, column } = new LineIndex(text).lineColumn(offset);
    return `${file}:${line}:${column}`;
  };
  if (errors.length) {
    const e = errors[0] as ParseError;
    throw new BaselineError(`${at(e.offset)}: the baseline is not valid JSON (${printParseErrorCode(e.error)})`);
  }
  const b = data as Partial<BaselineFile> | null;
  if (typeof b !== 'object' || b === null || b.version !== 1 || !Array.isArray(b.findings))
    throw new BaselineError(`${file}:1:1: not a baseline file (write one with --write-baseline)`);
  const counts = new Map<string, number>();
  b.findings.forEach((e, n) => {
    if (typeof e !== 'object' || e === null || typeof e.path !== 'string' || typeof e.ruleId !== 'string' || typeof e.fingerprint !== 'string')
      throw new BaselineError(`${file}: finding ${n + 1} needs a path, a ruleId and a fingerprint`);
    const key = keyOf(e.path, e.ruleId, e.fingerprint);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  return counts;
}

/** The reports with the baseline's findings taken out (each recorded finding absorbs one match). */
export function applyBaseline(reports: readonly FileReport[], baseline: ReadonlyMap<string, number>, cwd: string): { reports: FileReport[]; absorbed: number } {
  const left = new Map(baseline);
  let absorbed = 0;
  const out = reports.map((r) => {
    const path = normal(cwd, r.path);
    const prints = findingFingerprints(path, r.text, r.result.findings);
    const findings = r.result.findings.filter((f, i) => {
      const key = keyOf(path, f.ruleId, prints[i] as string);
      const n = left.get(key) ?? 0;
      if (n <= 0) return true;
      left.set(key, n - 1);
      absorbed++;
      return false;
    });
    return { ...r, result: { ...r.result, findings } };
  });
  return { reports: out, absorbed };
}
