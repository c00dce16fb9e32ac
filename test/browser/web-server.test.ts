// The language server of VS Code for the Web (the built dist/web/server.js) in a real Chromium web worker, spoken to
// over postMessage the way vscode-languageclient/browser does: diagnostics, a hover, the config file asked of the client.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type Page, type Worker } from 'playwright-core';
import {
  AbstractMessageReader,
  AbstractMessageWriter,
  createMessageConnection,
  type DataCallback,
  type Disposable,
  type Message,
  type MessageConnection,
} from 'vscode-jsonrpc/node.js';

const root = new URL('../../', import.meta.url).pathname;
const SERVER = join(root, 'dist/web/server.js');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// A virtual file system's URIs, as github.dev gives them: nothing of the server may assume file: URIs or a disk.
const FOLDER = 'vscode-vfs://github/acme/designs';
const URI = `${FOLDER}/docs/churn-design.md`;
const CONFIG_URI = `${FOLDER}/.ml-design-review.jsonc`;
const CONFIG = '{\n  // from the client, through workspace.fs\n  "rules": { "require-training-data": "error" }\n}\n';
const TEXT = readFileSync(join(root, 'examples/churn-prediction-design.md'), 'utf8');

type Diag = { code: string; severity: number; message: string; source: string };

/** Messages from the page (the worker's postMessage, relayed by the page through an exposed function). */
class PageReader extends AbstractMessageReader {
  private callback: DataCallback | undefined;
  deliver(message: Message): void {
    this.callback?.(message);
  }
  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    return { dispose: () => (this.callback = undefined) };
  }
}

/** Messages to the worker, through the page's `worker.postMessage`. */
class PageWriter extends AbstractMessageWriter {
  constructor(private readonly page: Page) {
    super();
  }
  async write(message: Message): Promise<void> {
    await this.page.evaluate((m) => (globalThis as unknown as { lspWorker: { postMessage(m: unknown): void } }).lspWorker.postMessage(m), message);
  }
  end(): void {}
}

describe('web language server (dist/web/server.js) in a Chromium web worker', function () {
  this.timeout(60000);
  let browser: Browser;
  let httpServer: http.Server;
  let page: Page;
  let worker: Worker;
  let conn: MessageConnection;
  const errors: string[] = [];
  const configRequests: Array<{ uri: string; names: string[] }> = [];
  const published: Array<{ uri: string; diagnostics: Diag[] }> = [];
  const waiters: Array<() => void> = [];
  /** Rejects when the worker reports an uncaught error (e.g. a bundle that touches `document` as it loads). */
  let failed: (e: Error) => void = () => undefined;
  const workerFailed = new Promise<never>((_, reject) => (failed = reject));
  workerFailed.catch(() => undefined);

  /** Resolves once a publishDiagnostics for URI satisfies `pred` (checked on every one that arrives). */
  function diagnostics(pred: (d: Diag[]) => boolean): Promise<Diag[]> {
    return new Promise((resolve) => {
      const check = () => {
        const hit = published.filter((p) => p.uri === URI).find((p) => pred(p.diagnostics));
        if (hit) resolve(hit.diagnostics);
        return !!hit;
      };
      if (!check()) waiters.push(() => void check());
    });
  }

  before(async () => {
    assert.ok(existsSync(SERVER), `${SERVER} is missing: run \`node esbuild.js\` first`);
    // The page and the worker script from one origin (a worker cannot start from file://).
    httpServer = http.createServer((req, res) => {
      if (req.url === '/server.js') {
        res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(SERVER));
      } else res.writeHead(200, { 'content-type': 'text/html' }).end('<!DOCTYPE html><title>LSP worker</title>');
    });
    await new Promise<void>((r) => httpServer.listen(0, '127.0.0.1', r));
    const { port } = httpServer.address() as AddressInfo;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage();
    page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    const reader = new PageReader();
    await page.exposeFunction('lspFromWorker', (m: Message) => reader.deliver(m));
    await page.exposeFunction('lspWorkerError', (m: string) => {
      errors.push(`worker: ${m}`);
      failed(new Error(`the server worker failed: ${m}`));
    });
    await page.goto(`http://127.0.0.1:${port}/`);
    const workerStarted = page.waitForEvent('worker');
    await page.evaluate(() => {
      const g = globalThis as unknown as Record<string, unknown> & { lspFromWorker(m: unknown): void; lspWorkerError(m: string): void };
      const w = new (
        g.Worker as new (url: string) => {
          postMessage(m: unknown): void;
          onmessage: (e: { data: unknown }) => void;
          onerror: (e: { message: string }) => void;
        }
      )('/server.js');
      w.onmessage = (e) => g.lspFromWorker(e.data);
      w.onerror = (e) => g.lspWorkerError(e.message);
      g.lspWorker = w;
    });
    worker = await workerStarted;
    conn = createMessageConnection(reader, new PageWriter(page));
    conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diag[] }) => {
      published.push(p);
      for (const w of waiters.splice(0)) w();
    });
    conn.onRequest('workspace/configuration', () => [null]);
    conn.onRequest('mlDesignReview/configFile', (p: { uri: string; names: string[] }) => {
      configRequests.push(p);
      return { uri: CONFIG_URI, text: CONFIG };
    });
    conn.listen();
    const init = (await Promise.race([
      workerFailed,
      conn.sendRequest('initialize', {
        processId: null,
        rootUri: FOLDER,
        workspaceFolders: [{ uri: FOLDER, name: 'designs' }],
        capabilities: { workspace: { configuration: true } },
        initializationOptions: { debounceMs: 50 },
      }),
    ])) as { capabilities: { hoverProvider?: boolean }; serverInfo?: { name: string } };
    assert.ok(init.capabilities.hoverProvider);
    assert.equal(init.serverInfo?.name, 'ml-design-review-language-server');
    await conn.sendNotification('initialized', {});
  });

  after(async () => {
    conn?.dispose();
    await browser?.close();
    await new Promise((r) => httpServer?.close(r));
  });

  it('runs where a web extension runs: a worker with no DOM and no Node.js', async () => {
    assert.ok(worker.url().endsWith('/server.js'), worker.url());
    const globals = await worker.evaluate(() => ({
      document: typeof (globalThis as { document?: unknown }).document,
      process: typeof (globalThis as { process?: unknown }).process,
      require: typeof (globalThis as { require?: unknown }).require,
      postMessage: typeof (globalThis as { postMessage?: unknown }).postMessage,
    }));
    assert.deepEqual(globals, { document: 'undefined', process: 'undefined', require: 'undefined', postMessage: 'function' });
  });

  it('publishes diagnostics for a design doc, with the config file the client read', async () => {
    const got = diagnostics((d) => d.length > 0);
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'markdown', version: 1, text: TEXT } });
    const d = await got;
    assert.ok(d.some((x) => x.code === 'no-placeholder' && x.source === 'ml-design-review'));
    // The config file raised require-training-data to an error: it came from the client (no disk in a worker).
    const training = d.find((x) => x.code === 'require-training-data');
    assert.equal(training?.severity, 1, JSON.stringify(training));
    assert.deepEqual(configRequests[0], { uri: URI, names: ['.ml-design-review.jsonc', '.ml-design-review.json'] });
  });

  it('hover on a checklist heading explains the item and its status', async () => {
    const line = TEXT.split('\n').findIndex((l) => l === '## Data sources');
    const h = (await conn.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line, character: 5 } })) as {
      contents: { value: string };
    };
    assert.match(h.contents.value, /Where does the data come from\?/);
    assert.match(h.contents.value, /This document: \*\*addressed\*\*/);
  });

  it('renders the report, and reviews files whose texts the client sends (Review Workspace)', async () => {
    const report = (await conn.sendRequest('mlDesignReview/report', { uri: URI, displayPath: 'docs/churn-design.md' })) as { html: string; score: number };
    assert.ok(report.score > 0 && report.score < 1, String(report.score));
    assert.match(report.html, /docs\/churn-design\.md/);
    const other = `${FOLDER}/other-design.md`;
    const rows = (await conn.sendRequest('mlDesignReview/reviewFiles', {
      uris: [other, `${FOLDER}/unreadable.md`],
      texts: [TEXT, null],
    })) as Array<{ uri: string; designDoc: boolean; error?: string }>;
    assert.equal(rows[0]?.designDoc, true, JSON.stringify(rows[0]));
    assert.equal(rows[0]?.error, undefined);
    assert.match(rows[1]?.error ?? '', /could not read/);
  });

  it('logged no errors', () => {
    assert.deepEqual(errors, []);
  });
});
