// Language-server benchmarks: time from a change to its diagnostics, and workspace review against the CLI.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';
import { REVIEW_FILES_REQUEST } from '../src/server/protocol.js';

const corpus = process.env.ML_DESIGN_REVIEW_CORPUS ?? '../shared/corpus/docs';

/** A 2,000-line design doc: the largest corpus document when there is one, else the example repeated. */
function bigDoc(): { name: string; text: string } {
  if (existsSync(corpus)) {
    const f = readdirSync(corpus)
      .map((n) => join(corpus, n))
      .sort((a, b) => readFileSync(b, 'utf8').split('\n').length - readFileSync(a, 'utf8').split('\n').length)[0];
    if (f && readFileSync(f, 'utf8').split('\n').length >= 2000) return { name: f, text: readFileSync(f, 'utf8') };
  }
  const ex = readFileSync('examples/churn-prediction-design.md', 'utf8');
  const body = ex.slice(ex.indexOf('\n# ') + 1).replace(/^(#+) /gm, '$1# ');
  let text = ex;
  while (text.split('\n').length < 2000) text += '\n' + body;
  return { name: 'examples/churn-prediction-design.md repeated', text };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function main() {
  const proc = spawn(process.execPath, ['dist/server.cjs', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const waiting = new Map<number, (t: number) => void>();
  conn.onNotification('textDocument/publishDiagnostics', (p: { version?: number }) => {
    if (p.version !== undefined) waiting.get(p.version)?.(performance.now());
  });
  conn.onRequest('workspace/configuration', () => [null]);
  conn.listen();
  // No debounce: the figure is the server's own work from a change to its diagnostics.
  // The workspace review reads files from disk, which the server allows only inside its workspace folders.
  const dir = mkdtempSync(join(tmpdir(), 'mldr-bench-'));
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'bench' }],
    capabilities: {},
    initializationOptions: { debounceMs: 0 },
  });
  await conn.sendNotification('initialized', {});

  const { name, text } = bigDoc();
  const uri = 'file:///bench/design.md';
  const lines = text.split('\n');
  let version = 1;
  const until = (v: number) => new Promise<number>((resolve) => waiting.set(v, resolve));
  let done = until(version);
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  await done;
  const times: number[] = [];
  for (let i = 0; i < 40; i++) {
    version++;
    const line = Math.floor((i * 997) % lines.length);
    done = until(version);
    const t0 = performance.now();
    await conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: `typed ${i} ` }],
    });
    times.push((await done) - t0);
  }
  console.log(
    `server: change -> diagnostics on ${name} (${lines.length} lines): median ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms over ${times.length} edits (target: median <= 50 ms)`,
  );

  // Workspace review: 1,000 generated design docs, reviewed the way the extension does (server, batches of 50) vs the CLI.
  const example = readFileSync('examples/churn-prediction-design.md', 'utf8');
  const files: string[] = [];
  for (let i = 0; i < 1000; i++) {
    const f = join(dir, `doc-${String(i).padStart(4, '0')}.md`);
    writeFileSync(f, example.replace('Subscription churn prediction', `System ${i}`).replace(/4\.0%/g, `${(i % 9) + 1}.0%`));
    files.push(f);
  }
  let t0 = performance.now();
  const cli = spawnSync(process.execPath, ['dist/cli.cjs', '--format', 'json', '--fail-on', 'none', dir], { maxBuffer: 1 << 30 });
  const cliMs = performance.now() - t0;
  if (cli.status !== 0) throw new Error(`cli failed: ${String(cli.stderr)}`);
  t0 = performance.now();
  let rows = 0;
  for (let i = 0; i < files.length; i += 50) {
    const uris = files.slice(i, i + 50).map((f) => pathToFileURL(f).toString());
    const got = (await conn.sendRequest(REVIEW_FILES_REQUEST, { uris })) as Array<{ error?: string }>;
    const failed = got.find((r) => r.error);
    if (failed) throw new Error(`the server did not review a file: ${failed.error}`);
    rows += got.length;
  }
  const serverMs = performance.now() - t0;
  console.log(
    `workspace review of ${rows} design docs: server in batches ${serverMs.toFixed(0)} ms, command line ${cliMs.toFixed(0)} ms (incl. Node start-up), ratio ${(serverMs / cliMs).toFixed(2)}x (target <= 3x)`,
  );
  conn.dispose();
  proc.kill();
  rmSync(dir, { recursive: true, force: true });
}

await main();
