// The command line: `ml-design-review [options] <files | folders | globs | ->`.
import { readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { findConfigFile } from '../node/config-file.js';
import { analyse } from '../core/analyse.js';
import { parseConfig, defaultConfig, type Config } from '../core/config.js';
import { toJsonReport, type FileError, type FileReport } from '../core/format/report.js';
import { formatText } from '../core/format/text.js';
import { formatMarkdown } from '../core/format/markdown.js';
import { formatSarif } from '../core/format/sarif.js';
import { formatHtml } from '../core/format/html.js';
import { formatJunit } from '../core/format/junit.js';
import { formatGitlab } from '../core/format/gitlab.js';
import type { DocChange } from '../core/format/changes.js';
import type { AnalysisResult, Severity } from '../core/types.js';
import { expandOperands } from './files.js';
import { parseOptions, UsageError, USAGE, type Options } from './options.js';
import { ResultCache, cacheFile, cacheKey } from './cache.js';
import { analyseAll, slim, workersFor, type Job } from './pool.js';
import { applyBaseline, readBaseline, writeBaseline, BaselineError } from './baseline.js';
import { changedSince, textAt, GitError, type Changes } from './git.js';

declare const __VERSION__: string;
export const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';
export const DOCS_URL = 'https://github.com/ml-design-review/ml-design-review/blob/main/docs/rules.md';

const RANK: Record<Severity, number> = { hint: 0, info: 1, warning: 2, error: 3 };

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => string;
  cwd: string;
  /** The command line's own script, run as the worker of --concurrency; without it, analysis stays on this thread. */
  workerScript?: string;
}

/**
 * What the cache knows the tool by: its version, and the size and time of the running script, so a
 * rebuilt development copy with the same version number does not reuse results of the old rules.
 */
function toolIdentity(script: string | undefined): string {
  try {
    const st = script ? statSync(script) : undefined;
    return st ? `${VERSION}+${st.size}.${Math.round(st.mtimeMs)}` : VERSION;
  } catch {
    return VERSION;
  }
}

/** Runs the command line; resolves to the exit code. */
export async function run(argv: string[], io: Io): Promise<number> {
  let opts: Options;
  try {
    opts = parseOptions(argv);
    if (!opts.help && !opts.version && !opts.operands.length && !opts.changedSince) throw new UsageError('no files given');
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`ml-design-review: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  if (opts.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (opts.version) {
    io.stdout(VERSION + '\n');
    return 0;
  }
  const fail = (message: string) => {
    io.stderr(`ml-design-review: ${message}\n`);
    return 2;
  };

  // Configuration: an explicit file must exist; otherwise look upward from the current folder.
  let config: Config = defaultConfig();
  let configDir = io.cwd;
  const found = opts.config ? resolve(io.cwd, opts.config) : findConfigFile(io.cwd);
  if (found) {
    let text: string;
    try {
      text = readFileSync(found, 'utf8');
    } catch (e) {
      return fail(`cannot read config ${found}: ${(e as Error).message}`);
    }
    const parsed = parseConfig(text, found);
    if (parsed.errors.length) {
      for (const err of parsed.errors) io.stderr(`${err.file}:${err.line}:${err.column}: config error: ${err.message}\n`);
      return 2;
    }
    config = parsed.config;
    configDir = dirname(found);
  }

  // A baseline is read before anything is analysed, so a broken one fails fast.
  let baseline: Map<string, number> | undefined;
  try {
    if (opts.baseline) baseline = readBaseline(resolve(io.cwd, opts.baseline));
  } catch (e) {
    if (e instanceof BaselineError) return fail(e.message);
    throw e;
  }

  // What a pull request changed: only those files are reviewed.
  let changes: Changes | undefined;
  if (opts.changedSince) {
    try {
      changes = changedSince(io.cwd, opts.changedSince);
    } catch (e) {
      if (e instanceof GitError) return fail(e.message);
      throw e;
    }
  }

  const errors: FileError[] = [];
  const operands = opts.operands.length ? opts.operands : ['.'];
  const fileOperands = operands.filter((o) => o !== '-');
  const expanded = expandOperands(fileOperands, config, configDir);
  const missing = expanded.missing;
  let files = expanded.files;
  for (const m of missing) errors.push({ path: m, message: 'no such file, folder or matching files' });
  const beforePath = new Map<string, string | undefined>();
  if (changes) {
    for (const c of changes.files) beforePath.set(resolve(io.cwd, c.path), c.before);
    files = files.filter((f) => beforePath.has(resolve(io.cwd, f)));
  }

  // Read every file; take what the cache already knows; analyse the rest (on worker threads when worth it).
  const texts: Array<{ path: string; text: string }> = [];
  if (operands.includes('-')) texts.push({ path: opts.stdinPath, text: io.readStdin() });
  for (const path of files) {
    try {
      texts.push({ path, text: readFileSync(path).toString('utf8') });
    } catch (e) {
      errors.push({ path, message: (e as NodeJS.ErrnoException).code === 'EISDIR' ? 'is a folder' : `cannot read: ${(e as Error).message}` });
    }
  }
  const cache = opts.cache ? new ResultCache(cacheFile(io.cwd, opts.cacheLocation), toolIdentity(io.workerScript)) : undefined;
  const configHash = createHash('sha256').update(JSON.stringify(config)).digest('base64url');
  const keys = texts.map((t, i) =>
    cache && !(i === 0 && operands.includes('-'))
      ? cacheKey({ tool: VERSION, config: configHash, path: resolve(io.cwd, t.path), all: opts.all, text: t.text })
      : undefined,
  );
  const results: Array<AnalysisResult | undefined> = texts.map((t, i) => (cache && keys[i] ? cache.get(resolve(io.cwd, t.path), keys[i]) : undefined));
  const jobs: Job[] = [];
  const jobOf: number[] = [];
  texts.forEach((t, i) => {
    if (results[i]) return;
    jobs.push(t);
    jobOf.push(i);
  });
  // The changed docs as they were at the ref, for the before / after of the Markdown output.
  const beforeJobs: number[] = [];
  if (changes) {
    texts.forEach((t, i) => {
      const before = beforePath.get(resolve(io.cwd, t.path));
      if (!before) return;
      const old = textAt(changes.root, changes.commit, before);
      if (old === undefined) return;
      beforeJobs[i] = jobs.length;
      jobs.push({ path: t.path, text: old });
    });
  }
  let analysed: AnalysisResult[];
  const workers = io.workerScript ? workersFor(jobs, opts.concurrency) : 0;
  const started = performance.now();
  try {
    analysed = await analyseAll(jobs, config, opts.all, workers, io.workerScript);
  } catch (e) {
    return fail(`internal error: ${(e as Error).message}`);
  }
  jobOf.forEach((i, k) => {
    const r = analysed[k] as AnalysisResult;
    results[i] = r;
    const key = keys[i];
    if (cache && key) cache.set(resolve(io.cwd, (texts[i] as { path: string }).path), key, r);
  });
  const note = cache?.save();
  if (note) io.stderr(`ml-design-review: ${note}\n`);
  if (opts.stats) {
    const where = workers ? `on ${workers} worker thread(s)` : 'on the main thread';
    const fromCache = cache ? `${cache.hits} from the cache${cache.discarded ? ` (the cache file was ${cache.discarded} and is rebuilt)` : ''}, ` : '';
    io.stderr(`ml-design-review: ${texts.length} file(s): ${fromCache}${jobs.length} analysed ${where} in ${Math.round(performance.now() - started)} ms\n`);
  }

  let reports: FileReport[] = texts.map((t, i) => ({
    path: t.path,
    text: t.text,
    result: results[i] ?? slim(analyse(t.text, { path: t.path, config, reviewAll: opts.all })),
  }));
  const docChanges: DocChange[] | undefined = changes
    ? reports.map((r, i) => ({ path: r.path, after: r.result, ...(beforeJobs[i] !== undefined ? { before: analysed[beforeJobs[i]] } : {}) }))
    : undefined;

  try {
    if (opts.writeBaseline) {
      writeBaseline(resolve(io.cwd, opts.writeBaseline), reports, io.cwd);
      const n = reports.reduce((k, r) => k + r.result.findings.length, 0);
      io.stderr(`ml-design-review: recorded ${n} finding(s) in ${opts.writeBaseline}\n`);
    }
  } catch (e) {
    if (e instanceof BaselineError) return fail(e.message);
    throw e;
  }
  if (baseline) reports = applyBaseline(reports, baseline, io.cwd).reports;

  switch (opts.format) {
    case 'json':
      io.stdout(JSON.stringify(toJsonReport(reports, errors), null, 2) + '\n');
      break;
    case 'sarif':
      io.stdout(formatSarif(reports, errors, VERSION, DOCS_URL));
      break;
    case 'markdown':
      io.stdout(formatMarkdown(reports, errors, changes && docChanges ? { ref: changes.ref, docs: docChanges } : undefined));
      break;
    case 'html':
      io.stdout(formatHtml(reports));
      break;
    case 'junit':
      io.stdout(formatJunit(reports, errors, VERSION));
      break;
    case 'gitlab':
      io.stdout(formatGitlab(reports));
      break;
    default:
      io.stdout(formatText(reports, errors));
      for (const e of errors) io.stderr(`ml-design-review: ${e.path}: ${e.message}\n`);
  }
  if (errors.length) return 2;
  if (opts.failOn === 'none' || opts.writeBaseline) return 0;
  const threshold = RANK[opts.failOn];
  return reports.some((r) => r.result.findings.some((f) => RANK[f.severity] >= threshold)) ? 1 : 0;
}
