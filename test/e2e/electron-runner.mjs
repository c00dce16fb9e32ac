// Opt-in runner for the extension-host tests in test/e2e/suite/ (the `vscode` API, no UI), sharing
// the sample workspace and expectations with run.mjs. Not part of `npm test` or CI.
//
//   node test/e2e/electron-runner.mjs                 desktop VS Code via @vscode/test-electron: it
//                                                     DOWNLOADS VS Code (internet needed), so it
//                                                     refuses to run when CI is set
//   node test/e2e/electron-runner.mjs --code-server   the same suite in code-server's extension host
//                                                     (offline; uses scripts/install-code-server.sh)
//
// Env: VSCODE_VERSION (default "stable") for the desktop run; E2E_KEEP_TMP=1 keeps the temp folder.
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const suite = path.join(here, 'suite', 'index.cjs');
const useCodeServer = process.argv.includes('--code-server');

if (process.env.CI && !useCodeServer) {
  console.log('electron-runner: skipped under CI (it downloads VS Code); run it by hand, or with --code-server');
  process.exit(0);
}

// The extension is loaded from the repository (extensionDevelopmentPath), so build dist/ first.
execFileSync('node', ['esbuild.js'], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
const tmp = await mkdtemp(path.join(os.tmpdir(), 'e2e-electron-'));
const ws = path.join(tmp, 'workspace');
await cp(path.join(here, 'workspace'), ws, { recursive: true });

let ok = false;
try {
  ok = useCodeServer ? await inCodeServer() : await inDesktopVsCode();
} catch (e) {
  console.error(e);
} finally {
  if (!process.env.E2E_KEEP_TMP) await rm(tmp, { recursive: true, force: true });
}
console.log(ok ? 'electron-runner: passed' : 'electron-runner: FAILED');
process.exit(ok ? 0 : 1);

async function inDesktopVsCode() {
  const { runTests } = await import('@vscode/test-electron');
  const code = await runTests({
    version: process.env.VSCODE_VERSION || 'stable',
    extensionDevelopmentPath: repo,
    extensionTestsPath: suite,
    launchArgs: [
      ws,
      '--disable-extensions', // other extensions stay off; the one under development still loads
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--user-data-dir',
      path.join(tmp, 'user-data'),
    ],
  });
  return code === 0;
}

/**
 * code-server has no --extensionTestsPath flag, but its web workbench takes the same two options
 * from the URL's `payload`; the remote extension host then runs the suite, mirrors mocha's output
 * to the browser console and leaves the window open when done.
 */
async function inCodeServer() {
  const { startCodeServer, CHROMIUM_PATH, CHROMIUM_ARGS } = await import('./harness.mjs');
  const launcher =
    process.env.CODE_SERVER ||
    execFileSync('bash', [path.join(repo, 'scripts/install-code-server.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
      .trim()
      .split('\n')
      .pop();
  const cs = await startCodeServer({ launcher, workspaceDir: ws, trust: false });
  let browser;
  try {
    const remote = (p) => `vscode-remote://127.0.0.1:${cs.port}${p}`;
    const payload = [
      ['extensionDevelopmentPath', remote(repo)],
      ['extensionTestsPath', remote(suite)],
    ];
    const lines = [];
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const page = await browser.newPage();
    // Done once mocha has printed its summary ("N passing", then "N failing" when any failed).
    let finish;
    const done = new Promise((resolve) => (finish = resolve));
    page.on('console', async (m) => {
      // The extension host's console.log arrives as ('%c INFO', css, format, ...args).
      const args = await Promise.all(m.args().map((a) => a.jsonValue().catch(() => '')));
      if (typeof args[0] !== 'string' || !/^%c\s+(INFO|ERR|WARN)/.test(args[0])) return;
      const line = format(...args.slice(2));
      if (/getaddrinfo|open-vsx|Resolv|Creating a socket|Updating additional|Service Worker|ChatSessionStore/.test(line)) return;
      lines.push(line);
      console.log(line);
      if (/^\s*\d+ passing/.test(line)) setTimeout(finish, 2000);
    });
    page.on('close', () => finish());
    await page.goto(`${cs.url}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), 120_000));
    if ((await Promise.race([done, timeout])) === 'timeout') {
      console.log('electron-runner: the suite did not finish within 120 s');
      return false;
    }
    const text = lines.join('\n');
    return /\d+ passing/.test(text) && !/\d+ failing/.test(text);
  } finally {
    await browser?.close().catch(() => {});
    await cs.stop();
  }
}
