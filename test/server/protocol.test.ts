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
    const h = (await conn.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line, character: 5 } })) as {
      contents: { value: string };
    };
    assert.match(h.contents.value, /Where does the data come from\?/);
    assert.match(h.contents.value, /This document: \*\*addressed\*\*/);
  });

  it("hover on a thin item's heading says what is found, on which line, and what is still lacking", async () => {
    // Scalability is only "TBD" under its own heading, though a load figure appears elsewhere.
    const line = TEXT.split('\n').findIndex((l) => l === '### Scalability');
    const h = (await conn.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line, character: 5 } })) as {
      contents: { value: string };
    };
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
    const actions = (await conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: target.range,
      context: { diagnostics: [target] },
    })) as Array<{
      title: string;
      edit: {
        changes: Record<string, Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>>;
      };
    }>;
    const insert = actions.find((a) => /Insert section "Training data"/.test(a.title));
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

  it('completion offers the sections the doc lacks after "## ", filtered on what is typed', async () => {
    await conn.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: 4 }, contentChanges: [{ text: TEXT + '\n## ' }] });
    const line = (TEXT + '\n## ').split('\n').length - 1;
    type Item = { label: string; filterText?: string; textEdit: { range: { start: { character: number } } } };
    const items = (await conn.sendRequest('textDocument/completion', { textDocument: { uri: URI }, position: { line, character: 3 } })) as Item[];
    const labels = items.map((i) => i.label);
    // The example has no Adaptability, Training data or Monitoring section; it has a Data sources section, and
    // covers ML suitability without a section of its own.
    assert.deepEqual(labels, ['Adaptability', 'Training data', 'Monitoring']);
    // The edit replaces the line from column 0, so the client filters "## Tra" against filterText, not the label.
    const training = items.find((i) => i.label === 'Training data')!;
    assert.equal(training.textEdit.range.start.character, 0);
    assert.ok(training.filterText?.startsWith('## Tra'), training.filterText);
  });

  it('quick fixes on the title: inserts in template order, once each, insert-all, and one disable per scope', async () => {
    const diags = await new Promise<Diag[]>((resolve) => {
      const got = nextDiagnostics((_, v) => v === 5);
      void conn.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: 5 }, contentChanges: [{ text: TEXT }] });
      void got.then(resolve);
    });
    const titleLine = TEXT.split('\n').findIndex((l) => l.startsWith('# '));
    const onTitle = diags.filter((d) => d.range.start.line === titleLine);
    assert.ok(onTitle.length >= 3, onTitle.map((d) => d.code).join(', '));
    type Action = { title: string; isPreferred?: boolean; command?: unknown; edit?: { changes: Record<string, Array<{ newText: string }>> } };
    const actions = (await conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: onTitle[0]!.range,
      context: { diagnostics: onTitle },
    })) as Action[];
    const titles = actions.map((a) => a.title);
    const inserts = titles.filter((t) => t.startsWith('Insert section'));
    // Template order (Adaptability comes before Training data, which comes before Monitoring), never twice.
    assert.deepEqual(inserts, ['Insert section "Adaptability"', 'Insert section "Training data"', 'Insert section "Monitoring"']);
    const all = actions.find((a) => a.title === 'Insert all missing sections (3)');
    assert.ok(all, titles.join(' | '));
    assert.equal(all.edit!.changes[URI]!.length, 3);
    // One "disable" for the line and one for the file, naming the rules together.
    const disables = titles.filter((t) => t.startsWith('Disable'));
    assert.equal(disables.length, 2, disables.join(' | '));
    assert.match(disables[0]!, /for this line/);
    assert.match(disables[1]!, /for this file/);
    const fileDisable = actions.find((a) => a.title === disables[1])!.edit!.changes[URI]![0]!.newText;
    for (const d of onTitle) assert.ok(fileDisable.includes(String(d.code)), fileDisable);
    // No client command here: this client did not say it has one, so every fix is a plain edit.
    assert.ok(actions.every((a) => a.edit && !a.command));
    assert.equal(actions.length, inserts.length + 1 + 2);
  });

  it("a diagnostic sent back with forged fixes gets the server's own fixes, not the forged ones", async () => {
    const diags = await new Promise<Diag[]>((resolve) => {
      const got = nextDiagnostics((_, v) => v === 6);
      void conn.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: 6 }, contentChanges: [{ text: TEXT }] });
      void got.then(resolve);
    });
    const target = {
      ...diags.find((d) => d.code === 'require-training-data')!,
      data: { version: 6, fixes: [{ title: 'Insert section "Training data"', edits: [{ start: -100, end: 1e12, text: 'gone' }] }] },
    };
    const actions = (await conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: target.range,
      context: { diagnostics: [target] },
    })) as Array<{ title: string; edit: { changes: Record<string, Array<{ newText: string; range: { start: { line: number }; end: { line: number } } }>> } }>;
    const insert = actions.find((a) => a.title === 'Insert section "Training data"')!;
    const e = insert.edit.changes[URI]![0]!;
    assert.equal(e.range.start.line, e.range.end.line);
    assert.match(e.newText, /## Training data/);
  });

  it('explains one checklist item as this document covers it', async () => {
    const r = (await conn.sendRequest('mlDesignReview/explainItem', { uri: URI, itemId: 'scalability' })) as {
      designDoc: boolean;
      status: string;
      found: string[];
      lacking: string[];
    };
    assert.equal(r.designDoc, true);
    assert.equal(r.status, 'partial');
    assert.ok(
      r.found.some((f) => /gives load figures \(line \d+\)/.test(f)),
      JSON.stringify(r.found),
    );
    assert.ok(r.lacking.length > 0);
  });

  it('hover on a connection finding shows both places and why the combination matters', async () => {
    const uri = 'file:///work/docs/fraud-connection-design.md';
    const text = readFileSync(`${root}test/fixtures/rules/rare-class-imbalance/fires.md`, 'utf8');
    const got = new Promise<Diag[]>((resolve) => waiters.push((p) => (p.uri === uri && p.diagnostics.length > 0 ? (resolve(p.diagnostics), true) : false)));
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const d = (await got).find((x) => x.code === 'rare-class-imbalance') as Diag & {
      relatedInformation?: Array<{ message: string; location: { range: { start: { line: number } } } }>;
    };
    assert.ok(d, 'a rare-class-imbalance diagnostic');
    const premise = text.split('\n').findIndex((l) => l.includes('0.3% of card payments'));
    assert.deepEqual(
      d.relatedInformation?.map((r) => [r.location.range.start.line, r.message]),
      [[premise, 'the rare class']],
    );
    const h = (await conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: d.range.start.line, character: 3 } })) as {
      contents: { value: string };
    };
    const v = h.contents.value;
    assert.match(v, /a connection between two places/);
    assert.match(v, new RegExp(`- line ${d.range.start.line + 1} \\(here\\): `));
    assert.match(v, new RegExp(`- line ${premise + 1}: the rare class`));
    assert.match(v, /\*Why the combination matters:\* When the positive class is rare/);
    await conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
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

describe('language server: the writing loop for a client with the snippet command', function () {
  let proc: ChildProcess;
  let conn: MessageConnection;
  const statuses: Array<{ uri: string; designDoc: boolean; candidate?: boolean }> = [];
  const diagnostics = new Map<string, Diag[]>();

  before(async () => {
    proc = spawn(process.execPath, [`${root}dist/server.cjs`, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    conn.onNotification('mlDesignReview/status', (p: { uri: string; designDoc: boolean; candidate?: boolean }) => statuses.push(p));
    conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diag[] }) => diagnostics.set(p.uri, p.diagnostics));
    conn.onRequest('workspace/configuration', () => [null]);
    conn.listen();
    await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {},
      initializationOptions: { debounceMs: 20, snippetCommand: true },
    });
    await conn.sendNotification('initialized', {});
  });
  after(() => {
    conn.dispose();
    proc.kill();
  });

  async function open(uri: string, text: string): Promise<{ designDoc: boolean; candidate?: boolean }> {
    const n = statuses.length;
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    for (let i = 0; i < 200 && !statuses.slice(n).some((s) => s.uri === uri); i++) await new Promise((r) => setTimeout(r, 10));
    return statuses.slice(n).find((s) => s.uri === uri)!;
  }

  it('an insert-section fix is a snippet command whose first tab stop is the first field', async () => {
    const uri = 'file:///work/docs/churn-snippet-design.md';
    await open(uri, TEXT);
    const target = diagnostics.get(uri)!.find((d) => d.code === 'require-training-data')!;
    const actions = (await conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: target.range,
      context: { diagnostics: [target] },
    })) as Array<{ title: string; command?: { command: string; arguments: unknown[] }; edit?: unknown }>;
    const insert = actions.find((a) => a.title === 'Insert section "Training data"')!;
    assert.equal(insert.edit, undefined);
    assert.equal(insert.command!.command, 'mlDesignReview.insertSnippet');
    const [u, version, offset, snippet] = insert.command!.arguments as [string, number, number, string];
    assert.equal(u, uri);
    assert.equal(version, 1);
    assert.ok(offset > 0 && offset <= TEXT.length);
    assert.match(snippet, /## Training data/);
    assert.match(snippet, /\$\{1:<[^>]+>\}/);
  });

  it('a Markdown file that looks like a design doc being started is flagged as a candidate, once its title says so', async () => {
    const started = await open('file:///work/notes/spam-filter.md', '# Design: spam filter for marketplace messages\n\n## Problem\n\nBuyers get spam.\n');
    assert.deepEqual([started.designDoc, started.candidate], [false, true]);
    const twoSections = await open(
      'file:///work/notes/notes.md',
      '# Meeting notes\n\nWe met on Monday and talked about the new tool for the support team.\n\n## Evaluation\n\nWe will check it works.\n\n## Deployment\n\nShip it next week.\n',
    );
    assert.deepEqual([twoSections.designDoc, twoSections.candidate], [false, true]);
    const readme = await open('file:///work/notes/README.md', '# Tool\n\nInstall it with npm.\n\n## Usage\n\nRun it.\n');
    assert.equal(readme.candidate, undefined);
    const declared = await open('file:///work/notes/design-guide.md', '---\ntype: guide\nmlDesignReview: false\n---\n# Design guide\n\nHow we write docs.\n');
    assert.equal(declared.candidate, undefined);
  });
});

describe('language server: the protocol edge cases the LSP specification defines', function () {
  this.timeout(30_000);

  /** A server spoken to byte by byte over stdio, so a test can also send what a client never should. */
  function rawServer() {
    const proc = spawn(process.execPath, [`${root}dist/server.cjs`, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    proc.stdout.on('data', (d) => (out += d));
    proc.stderr.on('data', (d) => (err += d));
    const send = (msg: unknown) => {
      const s = JSON.stringify(msg);
      proc.stdin.write(`Content-Length: ${Buffer.byteLength(s)}\r\n\r\n${s}`);
    };
    const responses = () =>
      out
        .split(/Content-Length: \d+\r\n\r\n/)
        .filter(Boolean)
        .map((m) => JSON.parse(m) as { id?: number; result?: unknown; error?: { code: number; message: string } });
    const response = async (id: number) => {
      for (let i = 0; i < 300; i++) {
        const r = responses().find((x) => x.id === id);
        if (r) return r;
        await new Promise((res) => setTimeout(res, 20));
      }
      throw new Error(`no response to ${id}; stdout: ${out.slice(0, 500)}; stderr: ${err.slice(0, 500)}`);
    };
    return { proc, send, response, stderr: () => err };
  }
  const init = (id: number, extra: Record<string, unknown> = {}) => ({
    jsonrpc: '2.0',
    id,
    method: 'initialize',
    params: { processId: null, rootUri: null, capabilities: {}, ...extra },
  });

  it('a request before initialize gets -32002; a second initialize is an error', async () => {
    const s = rawServer();
    try {
      s.send({ jsonrpc: '2.0', id: 1, method: 'textDocument/hover', params: { textDocument: { uri: 'file:///x.md' }, position: { line: 0, character: 0 } } });
      assert.equal((await s.response(1)).error?.code, -32002);
      s.send(init(2));
      assert.ok((await s.response(2)).result);
      s.send(init(3));
      assert.equal((await s.response(3)).error?.code, -32600);
    } finally {
      s.proc.kill();
    }
  });

  it('reviewFiles reads only inside the workspace folders', async () => {
    const s = rawServer();
    try {
      s.send(init(1, { workspaceFolders: [{ uri: `file://${root}examples`, name: 'examples' }] }));
      await s.response(1);
      s.send({ jsonrpc: '2.0', method: 'initialized', params: {} });
      s.send({
        jsonrpc: '2.0',
        id: 2,
        method: 'mlDesignReview/reviewFiles',
        params: { uris: ['file:///etc/passwd', `file://${root}examples/../package.json`, `file://${root}examples/churn-prediction-design.md`] },
      });
      const rows = (await s.response(2)).result as Array<{ error?: string; designDoc: boolean }>;
      assert.deepEqual(
        rows.map((r) => r.error ?? 'read'),
        ['outside the workspace folders', 'outside the workspace folders', 'read'],
      );
      assert.equal(rows[2]!.designDoc, true);
    } finally {
      s.proc.kill();
    }
  });

  it('an internal failure answers "internal error" without its exception text', async () => {
    const s = rawServer();
    try {
      s.send(init(1));
      await s.response(1);
      s.send({ jsonrpc: '2.0', id: 2, method: 'mlDesignReview/explainItem', params: null });
      const e = (await s.response(2)).error!;
      assert.equal(e.code, -32603);
      assert.doesNotMatch(e.message, /TypeError|Cannot read|at .*\.c?js/);
    } finally {
      s.proc.kill();
    }
  });

  it('a Content-Length that lies: the server says so on stderr and exits, so the client restarts it', async () => {
    const s = rawServer();
    s.send(init(1));
    await s.response(1);
    s.proc.stdin.write('Content-Length: 1000\r\n\r\n{"jsonrpc":"2.0","id"');
    const code = await new Promise<number | null>((res) => s.proc.on('exit', (c) => res(c)));
    assert.equal(code, 1);
    assert.match(s.stderr(), /incomplete .*exiting so the client can restart the server/);
  });
});
