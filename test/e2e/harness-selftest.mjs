// Self-test of test/e2e/harness.mjs: builds a throwaway extension in a temp dir, packages it with
// vsce, installs it into code-server and drives it through Chromium like a user would.
//
//   node test/e2e/harness-selftest.mjs
//
// Env: CODE_SERVER=<launcher> (default: whatever scripts/install-code-server.sh prints; it installs
// on first use), E2E_ARTEFACTS=<dir> (default test-artifacts/e2e-selftest), E2E_KEEP_TMP=1 keeps the
// temp dirs, E2E_SKIP_TRUST=1 skips the Restricted Mode part.
// Ends with the line "N passed, N failed".
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  applyQuickFix,
  hoverAt,
  openBrowser,
  openFile,
  openQuickFix,
  readCodeLenses,
  readEditorLines,
  readNotifications,
  readProblems,
  readStatusBar,
  runCommand,
  screenshot,
  setArtefacts,
  startCodeServer,
  step,
  trustWorkspace,
  waitFor,
  waitForProblems,
} from './harness.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const artefactsDir = path.resolve(process.env.E2E_ARTEFACTS || path.join(repo, 'test-artifacts/e2e-selftest'));
const keepTmp = !!process.env.E2E_KEEP_TMP;

function launcherPath() {
  if (process.env.CODE_SERVER) return process.env.CODE_SERVER;
  const out = execFileSync('bash', [path.join(repo, 'scripts/install-code-server.sh')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return out.trim().split('\n').pop();
}

// --- the throwaway extension ------------------------------------------------------------------
const PROBE_PACKAGE = {
  name: 'e2e-probe',
  displayName: 'E2E Probe',
  publisher: 'e2e',
  version: '0.0.1',
  engines: { vscode: '^1.100.0' },
  main: './extension.js',
  activationEvents: ['onLanguage:markdown'],
  contributes: { commands: [{ command: 'e2eProbe.hello', title: 'E2E Probe: Say Hello' }] },
};

const PROBE_EXTENSION = String.raw`
const vscode = require('vscode');

function activate(context) {
  const diagnostics = vscode.languages.createDiagnosticCollection('e2e-probe');
  context.subscriptions.push(diagnostics);

  const todoRanges = (doc) => {
    const ranges = [];
    for (let i = 0; i < doc.lineCount; i++) {
      const col = doc.lineAt(i).text.indexOf('TODO');
      if (col >= 0) ranges.push(new vscode.Range(i, col, i, col + 4));
    }
    return ranges;
  };
  const refresh = (doc) => {
    if (doc.languageId !== 'markdown') return;
    diagnostics.set(doc.uri, todoRanges(doc).map((r) => {
      const d = new vscode.Diagnostic(r, 'E2E probe: unresolved TODO', vscode.DiagnosticSeverity.Warning);
      d.source = 'e2e-probe';
      d.code = 'todo';
      return d;
    }));
  };
  vscode.workspace.textDocuments.forEach(refresh);
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(refresh),
    vscode.workspace.onDidChangeTextDocument((e) => refresh(e.document)),
  );

  context.subscriptions.push(vscode.languages.registerHoverProvider('markdown', {
    provideHover(doc, pos) {
      const range = doc.getWordRangeAtPosition(pos, /probe/);
      if (!range) return undefined;
      return new vscode.Hover(new vscode.MarkdownString('**Probe hover** on line ' + (pos.line + 1)), range);
    },
  }));

  context.subscriptions.push(vscode.languages.registerCodeLensProvider('markdown', {
    provideCodeLenses(doc) {
      const n = todoRanges(doc).length;
      return [new vscode.CodeLens(new vscode.Range(0, 0, 0, 0),
        { title: 'E2E lens: ' + n + ' TODO(s)', command: 'e2eProbe.hello' })];
    },
  }));

  context.subscriptions.push(vscode.languages.registerCodeActionsProvider('markdown', {
    provideCodeActions(doc, range, ctx) {
      return ctx.diagnostics.filter((d) => d.source === 'e2e-probe').map((d) => {
        const fix = new vscode.CodeAction('Replace TODO with DONE', vscode.CodeActionKind.QuickFix);
        fix.diagnostics = [d];
        fix.isPreferred = true;
        fix.edit = new vscode.WorkspaceEdit();
        fix.edit.replace(doc.uri, d.range, 'DONE');
        return fix;
      });
    },
  }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }));

  const item = vscode.window.createStatusBarItem('e2eProbe.status', vscode.StatusBarAlignment.Left, 100);
  item.name = 'E2E Probe';
  item.text = '$(beaker) E2E Probe';
  item.tooltip = 'E2E probe is active';
  item.command = 'e2eProbe.hello';
  item.show();
  context.subscriptions.push(item);

  context.subscriptions.push(vscode.commands.registerCommand('e2eProbe.hello', () => {
    vscode.window.showInformationMessage('Hello from the E2E probe');
  }));
}

module.exports = { activate, deactivate() {} };
`;

async function buildProbeVsix(dir) {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'package.json'), JSON.stringify(PROBE_PACKAGE, null, 2));
  await writeFile(path.join(dir, 'extension.js'), PROBE_EXTENSION);
  await writeFile(path.join(dir, 'README.md'), '# E2E probe\n\nA throwaway extension for the harness self-test.\n');
  const vsix = path.join(dir, 'e2e-probe.vsix');
  const vsce = path.join(repo, 'node_modules/.bin/vsce');
  execFileSync(vsce, ['package', '--allow-missing-repository', '--skip-license', '--no-dependencies', '-o', vsix], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (!existsSync(vsix)) throw new Error('vsce produced no .vsix');
  return vsix;
}

const DOC = ['# Probe document', '', 'This line mentions the probe word.', '', '- TODO: describe the data pipeline', '- done: evaluation plan', ''].join('\n');

const MANY = 40; // more Problems rows than the panel shows at once

// --- the test -----------------------------------------------------------------------------------
let passed = 0;
let failed = 0;
async function check(name, fn, page) {
  try {
    await step(name, fn, { page, dir: artefactsDir });
    passed++;
  } catch (e) {
    failed++;
    console.error(`    ${e.message.replace(/\n/g, '\n    ')}`);
  }
}

async function trustedSession({ launcher, vsix, tmp, timings }) {
  const ws = path.join(tmp, 'ws-trusted');
  await mkdir(ws, { recursive: true });
  await writeFile(path.join(ws, 'doc.md'), DOC);
  await mkdir(path.join(ws, 'sub'), { recursive: true });
  await writeFile(path.join(ws, 'sub', 'doc.md'), '# Another doc.md\n');
  await writeFile(path.join(ws, 'many.md'), Array.from({ length: MANY }, (_, i) => `- TODO item ${i + 1}`).join('\n') + '\n');

  let t = Date.now();
  const cs = await startCodeServer({ launcher, vsixPath: vsix, workspaceDir: ws, trust: false });
  timings.startCodeServer = Date.now() - t;
  console.log(`code-server on ${cs.url} (log ${cs.logFile})`);
  let browser;
  try {
    t = Date.now();
    const r = await openBrowser(cs.url);
    browser = r.browser;
    const page = r.page;
    timings.openBrowser = Date.now() - t;
    setArtefacts({ page, dir: artefactsDir });
    t = Date.now();

    await check('open doc.md', () => openFile(page, 'doc.md'), page);

    await check(
      'diagnostic in Problems panel',
      async () => {
        const rows = await waitForProblems(page, (rs) => rs.some((r) => r.includes('E2E probe: unresolved TODO')));
        console.log('      problems:', JSON.stringify(rows));
        const row = rows.find((r) => r.includes('unresolved TODO'));
        if (!/e2e-probe/.test(row) || !/\[Ln 5, Col 3\]/.test(row)) throw new Error(`unexpected row: ${row}`);
      },
      page,
    );

    await check(
      'hover on the diagnostic shows its message',
      async () => {
        const text = await hoverAt(page, 5, 'TODO');
        console.log('      hover:', JSON.stringify(text));
        if (!text.includes('E2E probe: unresolved TODO')) throw new Error(`hover was: ${text}`);
      },
      page,
    );

    await check(
      'hover provider',
      async () => {
        const text = await hoverAt(page, 3, 'probe');
        console.log('      hover:', JSON.stringify(text));
        if (!text.includes('Probe hover on line 3')) throw new Error(`hover was: ${text}`);
      },
      page,
    );

    await check(
      'code lens',
      async () => {
        const lenses = await waitFor(
          async () => {
            const l = await readCodeLenses(page);
            return l.length ? l : null;
          },
          { what: 'code lenses' },
        );
        console.log('      lenses:', JSON.stringify(lenses));
        if (!lenses.some((l) => l.includes('E2E lens: 1 TODO(s)'))) throw new Error(JSON.stringify(lenses));
      },
      page,
    );

    await check(
      'status bar item',
      async () => {
        const item = await waitFor(async () => (await readStatusBar(page)).find((i) => i.text.includes('E2E Probe')), {
          what: 'E2E Probe status bar item',
        });
        console.log('      status item:', JSON.stringify(item));
        const problemsItem = (await readStatusBar(page)).find((i) => i.id === 'status.problems');
        console.log('      problems item:', JSON.stringify(problemsItem));
      },
      page,
    );

    await screenshot(page, artefactsDir, 'trusted-before-fix');

    await check(
      'run command from the palette',
      async () => {
        await runCommand(page, 'E2E Probe: Say Hello');
        const msgs = await waitFor(
          async () => {
            const m = await readNotifications(page);
            return m.some((x) => x.includes('Hello from the E2E probe')) ? m : null;
          },
          { what: 'notification' },
        );
        console.log('      notifications:', JSON.stringify(msgs));
      },
      page,
    );

    await check(
      'quick fix with Ctrl+.',
      async () => {
        const items = await openQuickFix(page, 5, 'TODO');
        console.log('      quick fixes:', JSON.stringify(items));
        if (!items.some((i) => i.includes('Replace TODO with DONE'))) throw new Error(JSON.stringify(items));
        await applyQuickFix(page, 'Replace TODO with DONE');
        await waitFor(async () => (await readEditorLines(page)).some((l) => l.includes('- DONE: describe')), {
          what: 'edited line',
        });
        await waitForProblems(page, (rs) => !rs.some((r) => r.includes('unresolved TODO')));
      },
      page,
    );

    await check(
      'problems panel empty after fix',
      async () => {
        const rows = await readProblems(page);
        if (rows.length) throw new Error(JSON.stringify(rows));
      },
      page,
    );

    await screenshot(page, artefactsDir, 'trusted-after-fix');

    await check(
      'open a file by relative path when two share a name',
      async () => {
        await openFile(page, 'sub/doc.md');
        const crumbs = await page.locator('.editor-group-container.active .breadcrumbs-control').innerText();
        if (!/sub/.test(crumbs)) throw new Error(`breadcrumbs: ${crumbs}`);
      },
      page,
    );

    await check(
      'long Problems list is read past its visible rows',
      async () => {
        await openFile(page, 'many.md');
        const rows = await waitForProblems(page, (rs) => rs.length === MANY);
        if (!rows[MANY - 1].includes(`[Ln ${MANY}, Col 3]`)) throw new Error(`last row: ${rows[MANY - 1]}`);
      },
      page,
    );
    timings.trustedSteps = Date.now() - t;
  } finally {
    await browser?.close();
    await cs.stop();
  }
}

async function restrictedSession({ launcher, vsix, tmp, timings }) {
  const ws = path.join(tmp, 'ws-restricted');
  await mkdir(ws, { recursive: true });
  await writeFile(path.join(ws, 'doc.md'), DOC);
  const t = Date.now();
  const cs = await startCodeServer({ launcher, vsixPath: vsix, workspaceDir: ws, trust: true });
  let browser;
  try {
    const r = await openBrowser(cs.url);
    browser = r.browser;
    const page = r.page;
    setArtefacts({ page });

    await check(
      'restricted mode shown in status bar',
      async () => {
        const item = await waitFor(async () => (await readStatusBar(page)).find((i) => /Restricted Mode/.test(i.text)), {
          what: 'Restricted Mode status item',
        });
        console.log('      status item:', JSON.stringify(item));
      },
      page,
    );

    await check(
      'untrusted: extension stays disabled',
      async () => {
        await openFile(page, 'doc.md');
        // The probe declares no untrustedWorkspaces capability, so VS Code must not activate it.
        await new Promise((r) => setTimeout(r, 3000));
        const rows = await readProblems(page);
        if (rows.some((x) => x.includes('unresolved TODO'))) throw new Error('diagnostic appeared while untrusted');
      },
      page,
    );
    await screenshot(page, artefactsDir, 'restricted');

    await check(
      'after trusting the folder the diagnostic appears',
      async () => {
        await trustWorkspace(page);
        await openFile(page, 'doc.md');
        await waitForProblems(page, (rs) => rs.some((x) => x.includes('unresolved TODO')));
      },
      page,
    );
    await screenshot(page, artefactsDir, 'trusted-after-trusting');
    timings.restrictedSession = Date.now() - t;
  } finally {
    await browser?.close();
    await cs.stop();
  }
}

async function main() {
  const t0 = Date.now();
  const timings = {};
  let t = Date.now();
  const launcher = launcherPath();
  timings.launcher = Date.now() - t;
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'e2e-selftest-'));
  await rm(artefactsDir, { recursive: true, force: true });
  await mkdir(artefactsDir, { recursive: true });
  try {
    t = Date.now();
    const vsix = await buildProbeVsix(path.join(tmp, 'probe'));
    timings.vsce = Date.now() - t;
    await trustedSession({ launcher, vsix, tmp, timings });
    if (!process.env.E2E_SKIP_TRUST) await restrictedSession({ launcher, vsix, tmp, timings });
  } catch (e) {
    failed++;
    console.error(e);
  } finally {
    if (!keepTmp) await rm(tmp, { recursive: true, force: true });
  }
  timings.total = Date.now() - t0;
  console.log('timings (ms):', JSON.stringify(timings));
  console.log(`artefacts: ${artefactsDir}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

await main();
