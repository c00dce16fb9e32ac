// Protocol tests: spawn the built server, speak LSP over stdio, wait for the messages expected (no fixed sleeps).
import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';

const root = new URL('../../', import.meta.url).pathname;
const URI = 'file:///work/docs/churn-design.md';
const TEXT = readFileSync(`${root}examples/churn-prediction-design.md`, 'utf8');

type Diag = { code: string; message: string; range: { start: { line: number; character: number } }; data?: unknown; source: string };

describe('language server over stdio', function () {
  let proc: ChildProcess;
  let conn: MessageConnection;
  const waiters: Array<(p: { uri: string; version?: number; diagnostics: Diag[] }) => boolean> = [];

  function nextDiagnostics(pred: (d: Diag[], version?: number) => boolean): Promise<Diag[]> {
    return new Promise((resolve) => waiters.push((p) => (p.uri === URI && pred(p.diagnostics, p.version) ? (resolve(p.diagnostics), true) : false)));
  }

  before(async () => {
    proc = spawn(process.execPath, [`${root}dist/server.cjs`, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: Diag[] }) => {
      for (let i = 0; i < waiters.length; i++) if (waiters[i]!(p)) waiters.splice(i--, 1);
    });
    conn.onRequest('workspace/configuration', () => [null]);
    conn.listen();
    const init = await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { debounceMs: 50 } });
    assert.ok((init as { capabilities: { hoverProvider: boolean } }).capabilities.hoverProvider);
    await conn.sendNotification('initialized', {});
  });
  after(() => {
    conn.dispose();
    proc.kill();
  });

  it('publishes diagnostics for a design doc on open', async () => {
    const got = nextDiagnostics((d) => d.length > 0);
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'markdown', version: 1, text: TEXT } });
    const d = await got;
    assert.ok(d.some((x) => x.code === 'require-training-data' && x.source === 'ml-design-review'));
    assert.ok(d.some((x) => x.code === 'no-placeholder'));
  });

  it('hover on a checklist heading explains the item and its status', async () => {
    const line = TEXT.split('\n').findIndex((l) => l === '## Data sources');
    const h = (await conn.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line, character: 5 } })) as { contents: { value: string } };
    assert.match(h.contents.value, /Where does the data come from\?/);
    assert.match(h.contents.value, /This document: \*\*addressed\*\*/);
  });

  it('hover on a thin item\'s heading says what is found, on which line, and what is still lacking', async () => {
    // Scalability is only "TBD" under its own heading, though a load figure appears elsewhere.
    const line = TEXT.split('\n').findIndex((l) => l === '### Scalability');
    const h = (await conn.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line, character: 5 } })) as { contents: { value: string } };
    const value = h.contents.value;
    assert.match(value, /How does it cope with growth/);
    assert.match(value, /This document: \*\*partial\*\*/, value);
    assert.match(value, /Still lacking: [^\n]*its own section still holds only a placeholder/, value);
    // Each found facet names the line of the sentence that shows it.
    const found = /Found: ([^\n]*)/.exec(value);
    assert.ok(found, value);
    {
      assert.match(found[1]!, /gives load figures \(line \d+\)/);
      for (const m of found[1]!.matchAll(/\(line (\d+)\)/g)) assert.ok(/\S/.test(TEXT.split('\n')[Number(m[1]) - 1] ?? ''), `line ${m[1]} is blank`);
    }
  });

  it('hover on a domain term explains it', async () => {
    const line = TEXT.split('\n').findIndex((l) => l.includes('Parquet'));
    const character = (TEXT.split('\n')[line] as string).indexOf('Parquet') + 2;
    const h = (await conn.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line, character } })) as { contents: { value: string } };
    assert.match(h.contents.value, /Parquet/);
  });

  it('a code action inserts the missing section; the diagnostic then disappears', async () => {
    const diags = await new Promise<Diag[]>((resolve) => {
      const got = nextDiagnostics(() => true);
      void conn.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: 2 }, contentChanges: [{ text: TEXT }] });
      void got.then(resolve);
    });
    const target = diags.find((d) => d.code === 'require-training-data')!;
    const actions = (await conn.sendRequest('textDocument/codeAction', { textDocument: { uri: URI }, range: target.range, context: { diagnostics: [target] } })) as Array<{ title: string; edit: { changes: Record<string, Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>> } }>;
    const insert = actions.find((a) => /Insert a "Training data" section/.test(a.title));
    assert.ok(insert, actions.map((a) => a.title).join(', '));
    const edit = insert.edit.changes[URI]![0]!;
    const lines = TEXT.split('\n');
    const offset = lines.slice(0, edit.range.start.line).join('\n').length + (edit.range.start.line ? 1 : 0) + edit.range.start.character;
    const next = TEXT.slice(0, offset) + edit.newText + TEXT.slice(offset);
    // Inserted after the section that precedes it in the template (data pipeline), not at the end.
    assert.ok(next.indexOf('## Training data') < next.indexOf('## Labelling'));
    assert.ok(next.indexOf('## Training data') > next.indexOf('## Data pipeline and storage'));
    const cleared = nextDiagnostics((d, v) => v === 3 && !d.some((x) => x.code === 'require-training-data'));
    await conn.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: 3 }, contentChanges: [{ text: next }] });
    await cleared;
  });

  it('completion offers section headings after "## "', async () => {
    await conn.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: 4 }, contentChanges: [{ text: TEXT + '\n## ' }] });
    const line = (TEXT + '\n## ').split('\n').length - 1;
    const items = (await conn.sendRequest('textDocument/completion', { textDocument: { uri: URI }, position: { line, character: 3 } })) as Array<{ label: string }>;
    assert.ok(items.some((i) => i.label === 'Monitoring'), items.map((i) => i.label).join(', '));
  });

  it('a malformed request gets an error and the server keeps serving', async () => {
    await assert.rejects(conn.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 'x' } }));
    const h = await conn.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 0, character: 0 } });
    assert.ok(h === null || typeof h === 'object');
  });

  it('closing the document clears its diagnostics', async () => {
    const cleared = nextDiagnostics((d) => d.length === 0);
    await conn.sendNotification('textDocument/didClose', { textDocument: { uri: URI } });
    await cleared;
  });
});
