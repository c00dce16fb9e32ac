#!/usr/bin/env node
// Third-party LSP client test: Neovim (>= 0.7, built-in LSP client, no plugins) talks to
// dist/server.cjs over stdio, and we check the diagnostics and a hover it received.
//
// Usage: node test/neovim/run.mjs            (build first: node esbuild.js)
// Env:   ML_DESIGN_REVIEW_SERVER  server to test (default <repo>/dist/server.cjs)
//        NVIM_BIN                 nvim executable (default "nvim")
//        NVIM_TEST_TIMEOUT_MS     overall timeout for the nvim process (default 60000)
//        KEEP_TMP=1               keep the temp folder even on success
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');
const nvim = process.env.NVIM_BIN || 'nvim';
const server = resolve(process.env.ML_DESIGN_REVIEW_SERVER || join(repo, 'dist', 'server.cjs'));
const overallTimeout = Number(process.env.NVIM_TEST_TIMEOUT_MS) || 60_000;
const lspTimeout = Math.max(1000, Math.floor(overallTimeout / 3));
const tag = '[neovim-lsp]';

// 1. Is Neovim there?
const version = spawnSync(nvim, ['--version'], { encoding: 'utf8' });
if (version.error || version.status !== 0) {
  console.error(`${tag} FAIL: Neovim ("${nvim}") is not installed or not runnable${version.error ? `: ${version.error.message}` : ''}.`);
  console.error(`${tag} Install it with:  bash scripts/install-test-deps.sh neovim`);
  console.error(`${tag}            or:  sudo apt-get update && sudo apt-get install -y neovim   (Neovim >= 0.7)`);
  process.exit(1);
}
const nvimVersion = version.stdout.split('\n')[0].trim();
if (!existsSync(server)) {
  console.error(`${tag} warning: server ${server} does not exist (build it with: node esbuild.js); running anyway, expect failure.`);
}

// 2. A private copy of the example, plus private XDG dirs so nothing touches ~/.cache or ~/.local.
const tmp = mkdtempSync(join(tmpdir(), 'mdr-neovim-'));
const docName = 'churn-prediction-design.md';
const doc = join(tmp, docName);
copyFileSync(join(repo, 'examples', docName), doc);
const resultPath = join(tmp, 'result.json');
const docLines = readFileSync(doc, 'utf8').split(/\r?\n/);
const tbdLine = docLines.findIndex((l) => l.trim() === 'TBD') + 1; // 1-based, 0 if absent

// 3. Run Neovim headless.
const t0 = performance.now();
const run = spawnSync(nvim, ['--headless', '--clean', '-u', join(here, 'init.lua'), doc], {
  cwd: tmp,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'pipe'],
  timeout: overallTimeout,
  killSignal: 'SIGKILL',
  env: {
    ...process.env,
    MDR_SERVER: server,
    MDR_RESULT: resultPath,
    MDR_TIMEOUT_MS: String(lspTimeout),
    XDG_CONFIG_HOME: join(tmp, 'config'),
    XDG_DATA_HOME: join(tmp, 'data'),
    XDG_STATE_HOME: join(tmp, 'state'),
    XDG_CACHE_HOME: join(tmp, 'cache'),
  },
});
const elapsed = Math.round(performance.now() - t0);

// 4. Check.
const failures = [];
let result = null;
if (run.error) failures.push(`nvim did not finish: ${run.error.code === 'ETIMEDOUT' ? `killed after ${overallTimeout} ms` : run.error.message}`);
else if (run.status !== 0) failures.push(`nvim exited with status ${run.status}${run.signal ? ` (signal ${run.signal})` : ''}`);
if (existsSync(resultPath)) {
  try {
    result = JSON.parse(readFileSync(resultPath, 'utf8'));
  } catch (e) {
    failures.push(`result file is not JSON: ${e.message}`);
  }
} else {
  failures.push(`nvim wrote no result file (${resultPath})`);
}

if (result) {
  if (result.error) failures.push(`nvim reported: ${result.error}`);
  const ours = (result.diagnostics ?? []).filter((d) => d.source === 'ml-design-review');
  if (!ours.some((d) => d.code === 'require-training-data')) {
    failures.push(`no diagnostic with source ml-design-review and code require-training-data (got: ${ours.map((d) => d.code).join(', ') || 'none'})`);
  }
  if (!tbdLine) failures.push(`the example has no "TBD" line to check`);
  else if (!ours.some((d) => d.code === 'no-placeholder' && d.line === tbdLine)) {
    const np = ours.filter((d) => d.code === 'no-placeholder').map((d) => d.line);
    failures.push(`no no-placeholder diagnostic on the TBD line ${tbdLine} (no-placeholder lines: ${np.join(', ') || 'none'})`);
  }
  const hover = result.hover && typeof result.hover.text === 'string' ? result.hover.text : '';
  if (!hover.includes('Where does the data come from?')) {
    failures.push(`hover on "## Data sources" lacks "Where does the data come from?" (got: ${hover ? JSON.stringify(hover.slice(0, 120)) : 'nothing'})`);
  }
}

// 5. Report.
const summary = result
  ? `${result.diagnostics?.length ?? 0} diagnostics [${[...new Set((result.diagnostics ?? []).map((d) => d.code))].join(', ')}], ` +
    `timings ${JSON.stringify(result.timings_ms ?? {})}`
  : 'no result';
console.log(`${tag} ${nvimVersion}; server ${server}`);
console.log(`${tag} ${summary}; nvim wall time ${elapsed} ms`);
if (failures.length) {
  for (const f of failures) console.error(`${tag}   - ${f}`);
  const stderr = (run.stderr || '').trim();
  if (stderr) console.error(`${tag} nvim stderr:\n${stderr.split('\n').slice(-20).join('\n')}`);
  for (const log of [join(tmp, 'cache', 'nvim', 'lsp.log'), join(tmp, 'state', 'nvim', 'lsp.log')]) {
    if (existsSync(log)) console.error(`${tag} ${log} (tail):\n${readFileSync(log, 'utf8').trim().split('\n').slice(-10).join('\n')}`);
  }
  console.error(`${tag} FAIL (${failures.length} problem${failures.length > 1 ? 's' : ''}); files kept in ${tmp}`);
  process.exit(1);
}
console.log(`${tag} PASS: require-training-data and no-placeholder (line ${tbdLine}) diagnostics, hover on "## Data sources" OK`);
if (!process.env.KEEP_TMP) rmSync(tmp, { recursive: true, force: true });
