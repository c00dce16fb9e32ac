// End-to-end harness: a real VS Code (code-server 4.100.3 = VS Code 1.100.3) driven through
// Debian's Chromium with playwright-core, the way a person would use it.
//
//   const cs = await startCodeServer({ launcher, vsixPath, workspaceDir, trust: false });
//   const { browser, page } = await openBrowser(cs.url);
//   setArtefacts({ page, dir: 'test-artifacts/e2e' });
//   await step('open doc', () => openFile(page, 'design.md'));
//   ...
//   await browser.close(); await cs.stop();
//
// The launcher comes from scripts/install-code-server.sh; Chromium from scripts/install-test-deps.sh.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
// Selectors of the VS Code 1.100 workbench that the helpers rely on.
export const SEL = {
  workbench: '.monaco-workbench',
  quickInput: '.quick-input-widget',
  quickInputBox: '.quick-input-widget .quick-input-box input',
  quickInputRow: '.quick-input-widget .quick-input-list .monaco-list-row',
  activeTab: '.editor-group-container.active .tabs-container .tab.active',
  editor: '.editor-group-container.active .monaco-editor',
  problemsPanel: '.markers-panel',
  problemsRow: '.markers-panel .monaco-list-row',
  hover: '.monaco-hover:not(.hidden)',
  statusBarItem: '.statusbar .statusbar-item',
  codeLens: '.codelens-decoration',
  actionWidget: '.action-widget',
  actionWidgetRow: '.action-widget .monaco-list-row.action',
  notificationToast: '.notifications-toasts .notification-toast',
};

const DEFAULT_TIMEOUT = 30_000;

/** Resolves after `ms` milliseconds (used only between polls). */
const delay = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `fn` until it returns a truthy value, which is returned; throws after `timeout` ms. */
export async function waitFor(fn, { timeout = DEFAULT_TIMEOUT, interval = 150, what = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let lastError;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeout} ms waiting for ${what}` + (lastError ? `: ${lastError.message}` : ''));
    }
    await delay(interval);
  }
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function httpStatus(url) {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('error', () => resolve(0));
    req.on('timeout', () => {
      req.destroy();
      resolve(0);
    });
  });
}

/** Runs a command to completion, returning {code, out}; out is stdout+stderr. */
function run(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...opts });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
  });
}

/** User settings that make a fresh VS Code quiet and deterministic for tests. */
export function defaultSettings({ trust }) {
  return {
    'telemetry.telemetryLevel': 'off',
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'chat.commandCenter.enabled': false,
    'update.mode': 'none',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'git.enabled': false,
    'git.openRepositoryInParentFolders': 'never',
    'problems.defaultViewMode': 'tree',
    'editor.hover.delay': 200,
    'editor.minimap.enabled': false,
    'files.autoSave': 'off',
    'security.workspace.trust.enabled': !!trust,
    // With trust enabled, open untrusted (Restricted Mode) without the modal startup dialog; a
    // test trusts the folder itself with trustWorkspace(page) when it wants to.
    'security.workspace.trust.startupPrompt': 'never',
    'security.workspace.trust.untrustedFiles': 'open',
  };
}

/**
 * Installs `vsixPath` into fresh extension/user-data dirs and serves `workspaceDir` with code-server.
 * `trust: true` keeps VS Code's Workspace Trust feature on (the folder opens in Restricted Mode);
 * `trust: false` turns it off (setting + --disable-workspace-trust), so everything runs trusted.
 * Returns { url, baseUrl, port, userDataDir, extensionsDir, logFile, tmpDir, process, stop() }.
 */
export async function startCodeServer({
  launcher,
  vsixPath,
  workspaceDir,
  trust,
  port,
  settings = {},
  env = {},
  keepTmp = !!process.env.E2E_KEEP_TMP,
  startTimeout = 60_000,
} = {}) {
  if (!launcher) throw new Error('startCodeServer: launcher is required');
  if (!workspaceDir) throw new Error('startCodeServer: workspaceDir is required');
  if (typeof trust !== 'boolean') throw new Error('startCodeServer: trust must be true or false');
  workspaceDir = path.resolve(workspaceDir);

  const tmpDir = await mkdtemp(path.join(os.tmpdir(), 'e2e-code-server-'));
  const userDataDir = path.join(tmpDir, 'user-data');
  const extensionsDir = path.join(tmpDir, 'extensions');
  const configFile = path.join(tmpDir, 'config.yaml'); // keeps ~/.config/code-server untouched
  const logFile = path.join(tmpDir, 'code-server.log');
  await mkdir(path.join(userDataDir, 'User'), { recursive: true });
  await mkdir(extensionsDir, { recursive: true });
  await writeFile(configFile, 'auth: none\ncert: false\n');
  const childEnv = { ...process.env, ...env };
  // Keep the caller's PORT/PASSWORD from overriding our flags.
  delete childEnv.PORT;
  delete childEnv.PASSWORD;
  delete childEnv.HASHED_PASSWORD;
  // No extension marketplace: code-server's default (open-vsx.org) is off this machine's network,
  // and the tests install their .vsix from disk. An empty gallery config turns the gallery off.
  childEnv.EXTENSIONS_GALLERY ??= '{}';
  const common = ['--config', configFile, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];

  if (vsixPath) {
    const { code, out } = await run(launcher, [...common, '--install-extension', path.resolve(vsixPath), '--force'], {
      env: childEnv,
    });
    await writeFile(path.join(tmpDir, 'install-extension.log'), out);
    if (code !== 0 || !/successfully installed/i.test(out)) {
      throw new Error(`installing ${vsixPath} failed (exit ${code}):\n${out}`);
    }
  }

  await writeFile(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...defaultSettings({ trust }), ...settings }, null, 2));

  const log = createWriteStream(logFile);
  let child;
  let chosenPort;
  // A port picked by freePort() could be taken before code-server binds it: retry a few times.
  for (let attempt = 0; ; attempt++) {
    chosenPort = port ?? (await freePort());
    const args = [
      ...common,
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${chosenPort}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-getting-started-override',
      ...(trust ? [] : ['--disable-workspace-trust']),
      workspaceDir,
    ];
    log.write(`$ ${launcher} ${args.join(' ')}\n`);
    // detached: own process group, so stop() can end code-server together with its extension
    // host and anything the extension started.
    child = spawn(launcher, args, { env: childEnv, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    let exited = null;
    child.on('exit', (code, signal) => (exited = { code, signal }));
    const healthz = `http://127.0.0.1:${chosenPort}/healthz`;
    try {
      await waitFor(
        async () => {
          if (exited) throw Object.assign(new Error(`code-server exited (${exited.code ?? exited.signal})`), { exited });
          return (await httpStatus(healthz)) === 200;
        },
        { timeout: startTimeout, interval: 100, what: `code-server on port ${chosenPort}` },
      );
      break;
    } catch (e) {
      if (!exited) killGroup(child, 'SIGKILL');
      const text = await readFile(logFile, 'utf8').catch(() => '');
      if (port == null && attempt < 2 && /EADDRINUSE/.test(text)) continue;
      throw new Error(`${e.message}; log ${logFile}:\n${text.slice(-4000)}`);
    }
  }

  const baseUrl = `http://127.0.0.1:${chosenPort}`;
  const url = `${baseUrl}/?folder=${encodeURIComponent(workspaceDir)}`;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (child.exitCode === null && child.signalCode === null) {
      const gone = new Promise((r) => child.once('exit', r));
      killGroup(child, 'SIGTERM');
      const t = setTimeout(() => killGroup(child, 'SIGKILL'), 5000);
      await gone;
      clearTimeout(t);
    }
    // Stragglers in the group (e.g. a language server) get a last SIGKILL.
    killGroup(child, 'SIGKILL');
    await new Promise((r) => log.end(r));
    if (!keepTmp) await rm(tmpDir, { recursive: true, force: true });
  };
  return { url, baseUrl, port: chosenPort, userDataDir, extensionsDir, logFile, tmpDir, process: child, stop };
}

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    /* already gone */
  }
}

/**
 * Launches Debian's Chromium, opens `url` and waits for the workbench.
 * Returns { browser, context, page }.
 */
export async function openBrowser(url, { viewport = { width: 1400, height: 900 }, headless = true, timeout = 60_000 } = {}) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless });
  try {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    page.setDefaultTimeout(DEFAULT_TIMEOUT);
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout });
    await page.waitForSelector(SEL.workbench, { timeout });
    // The status bar is filled once the workbench has restored its parts.
    await page.waitForSelector('.statusbar .statusbar-item', { timeout });
    return { browser, context, page };
  } catch (e) {
    await browser.close().catch(() => {});
    throw e;
  }
}

// ------------------------------------------------------------------------------------------------
// Quick input (Ctrl+P / F1)

async function quickInput(page, key) {
  await closeQuickInput(page);
  await page.keyboard.press(key);
  const box = page.locator(SEL.quickInputBox);
  await box.waitFor({ state: 'visible' });
  return box;
}

async function closeQuickInput(page) {
  if (await page.locator(SEL.quickInput).isVisible()) {
    await page.keyboard.press('Escape');
    await page.locator(SEL.quickInput).waitFor({ state: 'hidden' });
  }
}

/** Text of the quick-input rows currently shown. */
async function quickRows(page) {
  return page.locator(SEL.quickInputRow).evaluateAll((rows) =>
    rows.map((r) => ({
      label: (r.querySelector('.label-name')?.textContent ?? '').trim(),
      description: (r.querySelector('.label-description')?.textContent ?? '').trim(),
      aria: r.getAttribute('aria-label') ?? '',
      index: Number(r.getAttribute('data-index')),
    })),
  );
}

/**
 * Ctrl+P, types `name` (a file name or a workspace-relative path), picks the row for that file and
 * waits for its editor tab.
 */
export async function openFile(page, name) {
  const base = path.basename(name);
  const dir = path.dirname(name) === '.' ? '' : path.dirname(name);
  const tab = page.locator(SEL.activeTab).filter({ hasText: new RegExp(`^\\s*${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
  for (let attempt = 1; ; attempt++) {
    try {
      const box = await quickInput(page, 'Control+P');
      await box.fill(name, { timeout: 5000 });
      // Wait until the search (ripgrep on the server) lists the file and the list has stopped
      // changing (rows are re-sorted as results come in), then pick that row. A row's label is the
      // file name, its description the folder it is in.
      let last = '';
      const row = await waitFor(
        async () => {
          if (!(await page.locator(SEL.quickInput).isVisible())) return { closed: true };
          const rows = await quickRows(page);
          const key = JSON.stringify(rows);
          const stable = key === last;
          last = key;
          if (!stable) return null;
          const named = rows.filter((r) => r.label === base);
          if (dir) return named.find((r) => r.description.replace(/\\/g, '/').endsWith(dir));
          return named.find((r) => r.description === '') ?? named[0]; // a bare name: prefer the root's
        },
        { what: `"${name}" in Quick Open`, interval: 250 },
      );
      if (row.closed) throw new Error('Quick Open closed');
      await page.locator(`${SEL.quickInputRow}[data-index="${row.index}"]`).click({ timeout: 5000 });
      await page.locator(SEL.quickInput).waitFor({ state: 'hidden' });
      await tab.waitFor({ state: 'visible', timeout: attempt < 3 ? 5000 : DEFAULT_TIMEOUT });
      break;
    } catch (e) {
      // Quick Open closed under the test (e.g. a webview took the focus), or the list moved under
      // the click: try again.
      if (attempt >= 3) throw e;
    }
  }
  await page.locator(`${SEL.editor} .view-lines`).first().waitFor({ state: 'visible' });
}

/**
 * F1, types `title`, runs the command whose palette label is exactly `title`; failing that, the
 * only label that starts with `title`. Throws (listing the candidates) when neither is found.
 */
export async function runCommand(page, title) {
  // The palette can close under the test (e.g. a webview that finishes loading takes the focus):
  // then open it again. Only what happens before the click is retried, so a command never runs twice.
  for (let attempt = 1; ; attempt++) {
    let row;
    let last = [];
    try {
      const box = await quickInput(page, 'F1');
      await box.fill(`>${title}`, { timeout: 5000 });
      let stableSince = 0;
      row = await waitFor(
        async () => {
          if (!(await page.locator(SEL.quickInput).isVisible())) return { closed: true };
          const rows = await quickRows(page);
          const exact = rows.find((r) => r.label === title);
          if (exact) return exact;
          // The palette fills in asynchronously: only settle for a prefix match once rows are stable.
          const same = JSON.stringify(rows) === JSON.stringify(last);
          last = rows;
          if (!same) stableSince = Date.now();
          if (Date.now() - stableSince < 1000) return null;
          const prefix = rows.filter((r) => r.label.startsWith(title));
          return prefix.length === 1 ? prefix[0] : null;
        },
        { what: `command "${title}" in the palette`, timeout: 10_000 },
      ).catch((e) => {
        throw Object.assign(new Error(`${e.message}; palette shows: ${JSON.stringify(last.map((r) => r.label))}`), { final: true });
      });
      if (row.closed) throw new Error('the palette closed');
      await page.locator(`${SEL.quickInputRow}[data-index="${row.index}"]`).click({ timeout: 5000 });
    } catch (e) {
      if (attempt < 3 && !e.final) continue;
      throw e;
    }
    await page
      .locator(SEL.quickInput)
      .waitFor({ state: 'hidden' })
      .catch(() => {});
    return;
  }
}

// ------------------------------------------------------------------------------------------------
// Problems panel

/**
 * Opens (focuses) the Problems panel and returns the text of its marker rows, one string per row,
 * in display order, e.g. "E2E probe: unresolved TODO e2e-probe todo [Ln 5, Col 3]".
 * `withFiles: true` also returns the file rows ("doc.md 1"). The list is virtualised (only the
 * rows in view exist in the DOM), so a long list is scrolled through with the mouse wheel.
 */
export async function readProblems(page, { withFiles = false } = {}) {
  if (!(await page.locator(SEL.problemsPanel).isVisible())) {
    await runCommand(page, 'Problems: Focus on Problems View');
  }
  await page.locator(SEL.problemsPanel).waitFor({ state: 'visible' });
  const list = page.locator(`${SEL.problemsPanel} .monaco-list`);
  // (Sticky-scroll copies of the file rows are left out: they repeat a row that is in the list.)
  const grab = () =>
    page.locator(SEL.problemsRow).evaluateAll((rows) =>
      rows
        .filter((r) => !r.classList.contains('monaco-tree-sticky-row'))
        .map((r) => ({
          index: Number(r.getAttribute('data-index')),
          file: !!r.querySelector('.file-icon'),
          text: r.innerText.replace(/\s+/g, ' ').trim(),
        })),
    );
  const seen = new Map();
  const add = (rows) => rows.reduce((n, r) => (seen.has(r.index) ? n : (seen.set(r.index, r), n + 1)), 0);
  add(await grab());
  // Where the list is scrolled to: VS Code moves a list by about one row-step per wheel event,
  // whatever the event's delta, so scrolling is done in a loop until the position stops changing.
  const geometry = () =>
    list
      .evaluate((el) => {
        const rows = el.querySelector('.monaco-list-rows');
        return {
          top: -parseFloat(rows?.style.top || '0') || 0,
          content: parseFloat(rows?.style.height || '0'),
          view: el.getBoundingClientRect().height,
        };
      })
      .catch(() => ({ top: 0, content: 0, view: 1 }));
  const wheelUntilMoved = async (dy) => {
    const before = (await geometry()).top;
    await page.mouse.wheel(0, dy);
    return waitFor(
      async () => {
        const g = await geometry();
        return g.top !== before ? g : null;
      },
      { timeout: 500, interval: 25 },
    ).catch(() => null);
  };
  let g = await geometry();
  if (g.content > g.view + 1) {
    const box = await list.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    // To the top.
    for (let i = 0; i < 1000 && g.top > 0; i++) {
      g = await wheelUntilMoved(-g.view);
      if (!g) break;
    }
    add(await grab());
    // Down, a step at a time, collecting the rows each step brings into view.
    for (let i = 0; i < 1000; i++) {
      g = await wheelUntilMoved(Math.max(20, (await geometry()).view - 22));
      if (!g) break; // at the bottom
      add(await grab());
    }
  }
  return [...seen.values()]
    .sort((a, b) => a.index - b.index)
    .filter((r) => withFiles || !r.file)
    .map((r) => r.text);
}

/** Polls readProblems until `predicate(rows)` holds; returns the rows. */
export async function waitForProblems(page, predicate, opts = {}) {
  let last = [];
  try {
    return await waitFor(
      async () => {
        last = await readProblems(page);
        return predicate(last) ? last : null;
      },
      { what: 'problems', ...opts },
    );
  } catch (e) {
    throw new Error(`${e.message}; last rows: ${JSON.stringify(last)}`);
  }
}

// ------------------------------------------------------------------------------------------------
// Editor

/** Moves the cursor to `line` (1-based) and optional `column` with Ctrl+G. */
export async function gotoLine(page, line, column) {
  const box = await quickInput(page, 'Control+G');
  await box.fill(column ? `:${line}:${column}` : `:${line}`);
  await page.keyboard.press('Enter');
  await page.locator(SEL.quickInput).waitFor({ state: 'hidden' });
}

/**
 * Screen coordinates of the middle of the first occurrence of `text` on editor line `lineNumber`
 * (reveals the line first). Returns { x, y, column } (column is 1-based, of the text's start).
 */
export async function locateText(page, lineNumber, text) {
  await gotoLine(page, lineNumber);
  return waitFor(
    () =>
      page.evaluate(
        ({ lineNumber, text, editorSel }) => {
          const editor = document.querySelector(editorSel);
          if (!editor) return null;
          const nums = [...editor.querySelectorAll('.margin-view-overlays .line-numbers')];
          const num = nums.find((n) => n.textContent.trim() === String(lineNumber));
          if (!num) return null;
          const y0 = num.getBoundingClientRect().top;
          const line = [...editor.querySelectorAll('.view-lines .view-line')].find((l) => Math.abs(l.getBoundingClientRect().top - y0) < 2);
          if (!line) return null;
          // VS Code renders spaces as U+00A0; compare against a normalised copy.
          const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
          const nodes = [];
          let all = '';
          while (walker.nextNode()) {
            nodes.push({ node: walker.currentNode, start: all.length });
            all += walker.currentNode.textContent;
          }
          const idx = all.replace(/\u00a0/g, ' ').indexOf(text);
          if (idx < 0) return null;
          const mid = idx + Math.floor(text.length / 2);
          const hit = nodes.filter((n) => n.start <= mid).pop();
          const range = document.createRange();
          range.setStart(hit.node, mid - hit.start);
          range.setEnd(hit.node, Math.min(mid - hit.start + 1, hit.node.textContent.length));
          const rect = range.getBoundingClientRect();
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, column: idx + 1 };
        },
        { lineNumber, text, editorSel: SEL.editor },
      ),
    { what: `"${text}" on line ${lineNumber}`, timeout: 10_000 },
  );
}

/** Puts the mouse over `text` on line `lineNumber` and returns the text of the hover that appears. */
export async function hoverAt(page, lineNumber, text, { timeout = 10_000 } = {}) {
  const { x, y } = await locateText(page, lineNumber, text);
  // Move away first, so that a hover already showing is dismissed and a new one is triggered.
  await page.keyboard.press('Escape');
  await page.mouse.move(5, 5);
  await page
    .locator(SEL.hover)
    .first()
    .waitFor({ state: 'hidden', timeout: 2000 })
    .catch(() => {});
  const hover = page.locator(SEL.hover).filter({ hasText: /\S/ }).first();
  // A hover can fill in parts (e.g. providers answering later): wait for its text to settle. It can
  // also close again before it is read (e.g. when the editor re-renders): then move onto the text
  // again to bring it back.
  let prev = '';
  let lastMove = 0;
  return waitFor(
    async () => {
      if (!(await hover.isVisible())) {
        prev = '';
        if (Date.now() - lastMove > 1500) {
          await page.mouse.move(x - 2, y);
          await page.mouse.move(x, y, { steps: 3 });
          lastMove = Date.now();
        }
        return null;
      }
      const t = (await hover.innerText({ timeout: 500 }).catch(() => '')).trim();
      const settled = t && t === prev;
      prev = t;
      return settled ? t : null;
    },
    { interval: 250, timeout, what: 'hover text' },
  );
}

/** Puts the cursor on `text` at `lineNumber`, presses Ctrl+. and returns the menu's item labels. */
export async function openQuickFix(page, lineNumber, text) {
  const { column } = await locateText(page, lineNumber, text);
  await gotoLine(page, lineNumber, column);
  await page.keyboard.press('Control+.');
  await page.locator(SEL.actionWidgetRow).first().waitFor({ state: 'visible' });
  return page.locator(SEL.actionWidgetRow).evaluateAll((rows) => rows.map((r) => (r.getAttribute('aria-label') || r.innerText).trim()));
}

/**
 * In an open quick-fix menu (see openQuickFix), applies the action whose label contains `label`.
 * Uses the keyboard: while the menu is open a `.context-view-pointerBlock` overlay swallows clicks.
 */
export async function applyQuickFix(page, label) {
  const rows = page.locator(SEL.actionWidgetRow);
  const n = await rows.count();
  for (let i = 0; i <= n; i++) {
    const focused = page.locator(`${SEL.actionWidgetRow}.focused`);
    if ((await focused.count()) && ((await focused.getAttribute('aria-label')) ?? '').includes(label)) {
      await page.keyboard.press('Enter');
      await page.locator(SEL.actionWidget).waitFor({ state: 'hidden' });
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Escape');
  throw new Error(`no quick fix labelled "${label}"`);
}

/** Texts of the code lenses shown in the active editor. */
export async function readCodeLenses(page) {
  return page.locator(`${SEL.editor} ${SEL.codeLens}`).evaluateAll((els) => els.map((e) => e.innerText.replace(/\s+/g, ' ').trim()).filter(Boolean));
}

/** Text of the active editor's model, as VS Code renders it (visible lines only). */
export async function readEditorLines(page) {
  return page.locator(`${SEL.editor} .view-lines .view-line`).evaluateAll((ls) =>
    ls
      .map((l) => ({ top: parseFloat(l.style.top) || 0, text: l.textContent.replace(/\u00a0/g, ' ') }))
      .sort((a, b) => a.top - b.top)
      .map((l) => l.text),
  );
}

// ------------------------------------------------------------------------------------------------
// Status bar, notifications, trust

/** Status bar items: [{ id, text, aria }]. `id` is "<extension id>.<item id>" for extension items. */
export async function readStatusBar(page) {
  return page.locator(SEL.statusBarItem).evaluateAll((items) =>
    items
      .filter((i) => i.offsetParent !== null)
      .map((i) => ({
        id: i.id,
        text: i.innerText.replace(/\s+/g, ' ').trim(),
        aria: i.querySelector('[aria-label]')?.getAttribute('aria-label') ?? i.getAttribute('aria-label') ?? '',
      })),
  );
}

/** Messages of the notification toasts currently shown. */
export async function readNotifications(page) {
  return page.locator(`${SEL.notificationToast} .notification-list-item-message`).evaluateAll((els) => els.map((e) => e.innerText.trim()));
}

/** Trusts the opened folder (for servers started with trust: true) and waits for Restricted Mode to end. */
export async function trustWorkspace(page) {
  await runCommand(page, 'Workspaces: Manage Workspace Trust');
  const button = page
    .locator('.workspace-trust-editor .workspace-trust-buttons-row .monaco-button')
    .filter({ hasText: /^Trust$/ })
    .first();
  await button.click();
  // The "Restricted Mode" status bar item goes away once the folder is trusted.
  await page.locator('#status\\.workspaceTrust').waitFor({ state: 'detached' });
}

// ------------------------------------------------------------------------------------------------
// Artefacts and steps

let artefacts = { page: null, dir: path.resolve('test-artifacts/e2e') };

/** Sets the page and directory that step() uses for failure screenshots. */
export function setArtefacts({ page, dir }) {
  if (page !== undefined) artefacts.page = page;
  if (dir !== undefined) artefacts.dir = path.resolve(dir);
}

const safeName = (name) => name.replace(/[^\w.-]+/g, '_').slice(0, 100);

/** Saves a PNG of the whole window as <dir>/<name>.png and returns its path. */
export async function screenshot(page, dir, name) {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${safeName(name)}.png`);
  await page.screenshot({ path: file });
  return file;
}

/**
 * Runs `fn` as a named step; on failure saves FAILED-<name>.png into the artefacts dir (see
 * setArtefacts, or pass { page, dir }) and rethrows with the step name in the message.
 */
export async function step(name, fn, { page = artefacts.page, dir = artefacts.dir } = {}) {
  const t0 = Date.now();
  try {
    const result = await fn();
    console.log(`  ok   ${name} (${Date.now() - t0} ms)`);
    return result;
  } catch (e) {
    console.log(`  FAIL ${name} (${Date.now() - t0} ms)`);
    let shot = '';
    if (page) {
      try {
        shot = await screenshot(page, dir, `FAILED-${name}`);
      } catch (se) {
        shot = `(no screenshot: ${se.message})`;
      }
    }
    const err = new Error(`step "${name}" failed: ${e?.message ?? e}${shot ? `\n  screenshot: ${shot}` : ''}`);
    err.cause = e;
    throw err;
  }
}
