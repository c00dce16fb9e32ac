// The command line: `ml-design-review [options] <files | folders | globs | ->`.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { findConfigFile } from '../node/config-file.js';
import { analyse } from '../core/analyse.js';
import { parseConfig, defaultConfig, type Config } from '../core/config.js';
import { toJsonReport, type FileError, type FileReport } from '../core/format/report.js';
import { formatText } from '../core/format/text.js';
import { formatMarkdown } from '../core/format/markdown.js';
import { formatSarif } from '../core/format/sarif.js';
import { formatHtml } from '../core/format/html.js';
import { expandOperands } from './files.js';
import type { Severity } from '../core/types.js';

declare const __VERSION__: string;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';
export const DOCS_URL = 'https://github.com/ml-design-review/ml-design-review/blob/main/docs/rules.md';

const USAGE = `Usage: ml-design-review [options] <file | folder | glob | -> ...

Reviews ML system design documents (Markdown) against the ML design checklist.

Options:
  -f, --format <text|json|sarif|markdown|html>  output format (default: text)
      --fail-on <error|warning|info|hint|none>  exit 1 when a finding is at or above this severity (default: error)
  -c, --config <file>     config file (default: .ml-design-review.jsonc found upward from the current folder)
      --all               report findings on every file, not only detected design docs
      --stdin-path <path> path to report for "-" (stdin), also used for design-doc detection
  -h, --help              show this help
  -v, --version           show the version

Exit codes: 0 no findings at or above --fail-on; 1 findings at or above it; 2 usage, I/O or config error.
`;

const RANK: Record<Severity, number> = { hint: 0, info: 1, warning: 2, error: 3 };

interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => string;
  cwd: string;
}

class UsageError extends Error {}

/** Runs the command line; returns the exit code. */
export function run(argv: string[], io: Io): number {
  let format = 'text';
  let failOn = 'error';
  let configPath: string | undefined;
  let all = false;
  let stdinPath = '<stdin>';
  const operands: string[] = [];
  try {
    for (let i = 0; i < argv.length; i++) {
      const a = argv[i] as string;
      const value = () => {
        const v = argv[++i];
        if (v === undefined) throw new UsageError(`${a} needs a value`);
        return v;
      };
      if (a === '-h' || a === '--help') {
        io.stdout(USAGE);
        return 0;
      } else if (a === '-v' || a === '--version') {
        io.stdout(VERSION + '\n');
        return 0;
      } else if (a === '-f' || a === '--format') format = value();
      else if (a.startsWith('--format=')) format = a.slice(9);
      else if (a === '--fail-on') failOn = value();
      else if (a.startsWith('--fail-on=')) failOn = a.slice(10);
      else if (a === '-c' || a === '--config') configPath = value();
      else if (a === '--all') all = true;
      else if (a === '--stdin-path') stdinPath = value();
      else if (a === '-' || !a.startsWith('-')) operands.push(a);
      else throw new UsageError(`unknown option ${a}`);
    }
    if (!['text', 'json', 'sarif', 'markdown', 'html'].includes(format)) throw new UsageError(`unknown format "${format}" (text, json, sarif, markdown, html)`);
    if (!['error', 'warning', 'info', 'hint', 'none'].includes(failOn))
      throw new UsageError(`unknown --fail-on "${failOn}" (error, warning, info, hint, none)`);
    if (!operands.length) throw new UsageError('no files given');
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`ml-design-review: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }

  // Configuration: an explicit file must exist; otherwise look upward from the current folder.
  let config: Config = defaultConfig();
  let configDir = io.cwd;
  const found = configPath ? resolve(io.cwd, configPath) : findConfigFile(io.cwd);
  if (found) {
    let text: string;
    try {
      text = readFileSync(found, 'utf8');
    } catch (e) {
      io.stderr(`ml-design-review: cannot read config ${found}: ${(e as Error).message}\n`);
      return 2;
    }
    const parsed = parseConfig(text, found);
    if (parsed.errors.length) {
      for (const err of parsed.errors) io.stderr(`${err.file}:${err.line}:${err.column}: config error: ${err.message}\n`);
      return 2;
    }
    config = parsed.config;
    configDir = dirname(found);
  }

  const reports: FileReport[] = [];
  const errors: FileError[] = [];
  const fileOperands = operands.filter((o) => o !== '-');
  const { files, missing } = expandOperands(fileOperands, config, configDir);
  for (const m of missing) errors.push({ path: m, message: 'no such file, folder or matching files' });
  if (operands.includes('-')) {
    const text = io.readStdin();
    reports.push({ path: stdinPath, text, result: analyse(text, { path: stdinPath, config, reviewAll: all }) });
  }
  for (const path of files) {
    let text: string;
    try {
      const buf = readFileSync(path);
      text = buf.toString('utf8');
    } catch (e) {
      errors.push({ path, message: (e as NodeJS.ErrnoException).code === 'EISDIR' ? 'is a folder' : `cannot read: ${(e as Error).message}` });
      continue;
    }
    reports.push({ path, text, result: analyse(text, { path, config, reviewAll: all }) });
  }

  switch (format) {
    case 'json':
      io.stdout(JSON.stringify(toJsonReport(reports, errors), null, 2) + '\n');
      break;
    case 'sarif':
      io.stdout(formatSarif(reports, errors, VERSION, DOCS_URL));
      break;
    case 'markdown':
      io.stdout(formatMarkdown(reports, errors));
      break;
    case 'html':
      io.stdout(formatHtml(reports));
      break;
    default:
      io.stdout(formatText(reports, errors));
      for (const e of errors) io.stderr(`ml-design-review: ${e.path}: ${e.message}\n`);
  }
  if (errors.length) return 2;
  if (failOn === 'none') return 0;
  const threshold = RANK[failOn as Severity];
  return reports.some((r) => r.result.findings.some((f) => RANK[f.severity] >= threshold)) ? 1 : 0;
}
