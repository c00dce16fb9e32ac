// The command line's options, parsed with Node's own `util.parseArgs` (strict: an unknown option or a
// missing value is a usage error, exit 2).
import { parseArgs } from 'node:util';
import { availableParallelism } from 'node:os';

export const FORMATS = ['text', 'json', 'sarif', 'markdown', 'html', 'junit', 'gitlab'] as const;
export type Format = (typeof FORMATS)[number];
export const FAIL_ON = ['error', 'warning', 'info', 'hint', 'none'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export const USAGE = `Usage: ml-design-review [options] <file | folder | glob | -> ...

Reviews ML system design documents (Markdown) against the ML design checklist.

Options:
  -f, --format <format>     text, json, sarif, markdown, html, junit or gitlab (default: text)
      --fail-on <severity>  exit 1 when a finding is at or above it: error, warning, info, hint
                            or none (default: error)
  -c, --config <file>       config file (default: .ml-design-review.jsonc found upward from the
                            current folder)
      --all                 report findings on every file, not only detected design docs
      --stdin-path <path>   path to report for "-" (stdin), also used for design-doc detection

Speed:
      --cache               reuse the results of files that have not changed since the last run
      --cache-location <p>  the cache file, or a folder to keep it in (implies --cache; default:
                            .ml-design-review-cache)
      --concurrency <n>     analyse on up to n worker threads; 1 analyses in this thread
                            (default: the number of cores)
      --stats               print how many files came from the cache and how many threads ran

Adoption and pull requests:
      --baseline <file>     report only findings that are not in this baseline
      --write-baseline <file>
                            record today's findings as the baseline, and exit 0
      --changed-since <ref> review only the Markdown files changed since this git ref; the markdown
                            format then shows each changed design doc's score before and after

  -h, --help                show this help
  -v, --version             show the version

Exit codes: 0 no findings at or above --fail-on; 1 findings at or above it; 2 usage, I/O, config or
git error.
`;

export interface Options {
  help: boolean;
  version: boolean;
  format: Format;
  failOn: FailOn;
  config?: string;
  all: boolean;
  stdinPath: string;
  cache: boolean;
  cacheLocation?: string;
  concurrency: number;
  stats: boolean;
  baseline?: string;
  writeBaseline?: string;
  changedSince?: string;
  operands: string[];
}

export class UsageError extends Error {}

const SPEC = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  format: { type: 'string', short: 'f' },
  'fail-on': { type: 'string' },
  config: { type: 'string', short: 'c' },
  all: { type: 'boolean' },
  'stdin-path': { type: 'string' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  concurrency: { type: 'string' },
  stats: { type: 'boolean' },
  baseline: { type: 'string' },
  'write-baseline': { type: 'string' },
  'changed-since': { type: 'string' },
} as const;

/** Parses argv (without node and the script); throws UsageError with a message a user can act on. */
export function parseOptions(argv: string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: SPEC, allowPositionals: true, strict: true });
  } catch (e) {
    // Node's messages are clear ("Unknown option '--bogus'"); keep them, without the error code.
    throw new UsageError((e as Error).message);
  }
  const v = parsed.values;
  const format = v.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format "${format}" (${FORMATS.join(', ')})`);
  const failOn = v['fail-on'] ?? 'error';
  if (!(FAIL_ON as readonly string[]).includes(failOn)) throw new UsageError(`unknown --fail-on "${failOn}" (${FAIL_ON.join(', ')})`);
  let concurrency = availableParallelism();
  if (v.concurrency !== undefined) {
    if (!/^\d{1,3}$/.test(v.concurrency) || Number(v.concurrency) < 1)
      throw new UsageError(`--concurrency needs a whole number from 1 to 999, not "${v.concurrency}"`);
    concurrency = Number(v.concurrency);
  }
  for (const key of ['config', 'stdin-path', 'cache-location', 'baseline', 'write-baseline', 'changed-since'] as const) {
    if (v[key] === '') throw new UsageError(`--${key} needs a value`);
  }
  if (v['changed-since']?.startsWith('-')) throw new UsageError(`--changed-since needs a git ref, not "${v['changed-since']}"`);
  return {
    help: v.help === true,
    version: v.version === true,
    format: format as Format,
    failOn: failOn as FailOn,
    ...(v.config !== undefined ? { config: v.config } : {}),
    all: v.all === true,
    stdinPath: v['stdin-path'] ?? '<stdin>',
    cache: v.cache === true || v['cache-location'] !== undefined,
    ...(v['cache-location'] !== undefined ? { cacheLocation: v['cache-location'] } : {}),
    concurrency,
    stats: v.stats === true,
    ...(v.baseline !== undefined ? { baseline: v.baseline } : {}),
    ...(v['write-baseline'] !== undefined ? { writeBaseline: v['write-baseline'] } : {}),
    ...(v['changed-since'] !== undefined ? { changedSince: v['changed-since'] } : {}),
    operands: parsed.positionals,
  };
}
