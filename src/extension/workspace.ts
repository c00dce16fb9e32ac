// "Review Workspace": every design doc in the workspace, analysed by the server in batches, with progress.
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { CHECKLIST } from '../core/items/index.js';
import { escapeHtml } from '../core/format/html.js';
import { REVIEW_FILES_REQUEST, type ReviewFilesParams, type ReviewRow } from '../server/protocol.js';
import { webviewPage } from './report.js';

const BATCH = 50;
const MARK: Record<string, string> = { addressed: '✔', partial: '◐', missing: '✘', 'not-applicable': '–' };

/** The text of a file through workspace.fs (any file system, virtual ones too), or null when it cannot be read. */
async function readText(uri: vscode.Uri): Promise<string | null> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return null;
  }
}

/**
 * Finds Markdown files, reviews them in the server batch by batch (cancellable), then shows a table. With
 * `sendTexts` (VS Code for the Web: the server has no disk) the files are read here and their texts sent along.
 */
export async function reviewWorkspace(client: LanguageClient, sendTexts = false): Promise<ReviewRow[] | undefined> {
  const files = await vscode.workspace.findFiles('**/*.{md,markdown}', '**/{node_modules,.git}/**');
  const rows = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'ML Design Review: reviewing workspace', cancellable: true },
    async (progress, token) => {
      const out: ReviewRow[] = [];
      for (let i = 0; i < files.length && !token.isCancellationRequested; i += BATCH) {
        const batch = files.slice(i, i + BATCH);
        const params: ReviewFilesParams = { uris: batch.map((f) => f.toString()) };
        if (sendTexts) params.texts = await Promise.all(batch.map(readText));
        const uris = params.uris;
        out.push(...(await client.sendRequest<ReviewRow[]>(REVIEW_FILES_REQUEST, params, token)));
        progress.report({
          increment: (uris.length / Math.max(1, files.length)) * 100,
          message: `${Math.min(i + BATCH, files.length)} of ${files.length} files`,
        });
      }
      return token.isCancellationRequested ? undefined : out;
    },
  );
  if (!rows) return undefined;
  const docs = rows.filter((r) => r.designDoc && r.selected && !r.error).sort((a, b) => a.score - b.score);
  const panel = vscode.window.createWebviewPanel('mlDesignReview.workspace', 'ML Design Review: workspace', vscode.ViewColumn.Active, {
    enableScripts: true,
    localResourceRoots: [],
  });
  const head = CHECKLIST.map((i) => `<th scope="col" title="${escapeHtml(i.question)}">${escapeHtml(i.title)}</th>`).join('');
  const body = docs
    .map(
      (r) =>
        `<tr><th scope="row"><button class="reveal" data-uri="${escapeHtml(r.uri)}">${escapeHtml(vscode.workspace.asRelativePath(vscode.Uri.parse(r.uri)))}</button></th><td>${Math.round(r.score * 100)}%</td>${r.statuses.map((s) => `<td class="status-${escapeHtml(s)}" title="${escapeHtml(s)}">${MARK[s] ?? ''}</td>`).join('')}</tr>`,
    )
    .join('');
  panel.webview.html = webviewPage(
    panel.webview,
    `<h1>Workspace review</h1><p>${docs.length} design doc(s) among ${rows.length} Markdown file(s).</p><table><thead><tr><th scope="col">Document</th><th scope="col">Score</th>${head}</tr></thead><tbody>${body}</tbody></table>`,
    `const vscode = acquireVsCodeApi(); document.addEventListener('click', (e) => { const b = e.target.closest('button.reveal'); if (b) vscode.postMessage({ uri: b.dataset.uri }); });`,
  );
  panel.webview.onDidReceiveMessage(async (m: { uri?: unknown }) => {
    if (typeof m.uri !== 'string' || !docs.some((d) => d.uri === m.uri)) return;
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(m.uri));
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    await vscode.commands.executeCommand('mlDesignReview.showReport');
  });
  return rows;
}
