// The GitHub Action's step (see action.yml): runs the command line twice over the same files, once for
// SARIF (code scanning) and once, from the cache the first run wrote, for the job summary in Markdown.
// Inputs come as INPUT_* environment variables; the exit code is the review's (0, 1 or 2).
import { spawnSync } from 'node:child_process';
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const env = process.env;
const actionPath = env.GITHUB_ACTION_PATH ?? join(import.meta.dirname, '..');
const cli = join(actionPath, 'dist/cli.cjs');
const input = (name) => (env[`INPUT_${name}`] ?? '').trim();

const paths = input('PATHS').split(/\s+/).filter(Boolean);
const sarif = input('SARIF_FILE') || 'ml-design-review.sarif';
const common = ['--fail-on', input('FAIL_ON') || 'error', '--cache', '--cache-location', join(env.RUNNER_TEMP ?? actionPath, 'ml-design-review-cache')];
if (input('BASELINE')) common.push('--baseline', input('BASELINE'));
if (input('CHANGED_SINCE')) common.push('--changed-since', input('CHANGED_SINCE'));
if (input('CONFIG')) common.push('--config', input('CONFIG'));
// "--" ends the options: a path can never be read as one.
const operands = ['--', ...(paths.length ? paths : input('CHANGED_SINCE') ? [] : ['.'])];

function review(format) {
  const r = spawnSync(process.execPath, [cli, '--format', format, ...common, ...operands], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.stderr) process.stderr.write(r.stderr);
  if (r.error) throw r.error;
  return { code: r.status ?? 2, out: r.stdout };
}

const first = review('sarif');
writeFileSync(sarif, first.out);
const summary = review('markdown');
if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, summary.out);
else process.stdout.write(summary.out);
if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `sarif-file=${sarif}\n`);
if (first.code === 1) console.log(`::error::ML design review: findings at or above "${input('FAIL_ON') || 'error'}" (see the job summary)`);
process.exitCode = first.code;
