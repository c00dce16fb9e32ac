// The VS Code client: starts the language server, shows status, and hosts the commands and the report.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node.js';
import { STATUS_NOTIFICATION, REVIEW_FILE_COMMAND, type StatusParams } from '../server/protocol.js';
import { analyse } from '../core/analyse.js';
import { renderReportBody, REPORT_CSS, escapeHtml } from '../core/format/html.js';
import { CHECKLIST } from '../core/items/index.js';
import { fullTemplate } from '../core/templates.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('ML Design Review');
  const serverModule = context.asAbsolutePath('dist/server.cjs');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'markdown' }],
    synchronize: { configurationSection: 'mlDesignReview', fileEvents: vscode.workspace.createFileSystemWatcher('**/.ml-design-review.{json,jsonc}') },
    outputChannel: output,
  };
  client = new LanguageClient('mlDesignReview', 'ML Design Review', serverOptions, clientOptions);

  const status = vscode.languages.createLanguageStatusItem('mlDesignReview.status', { language: 'markdown' });
  status.name = 'ML Design Review';
  status.text = 'ML review: waiting';
  status.command = { title: 'Show Report', command: 'mlDesignReview.showReport' };
  context.subscriptions.push(status, output);

  client.onNotification(STATUS_NOTIFICATION, (p: StatusParams) => {
    if (vscode.window.activeTextEditor?.document.uri.toString() !== p.uri) return;
    status.text = p.designDoc ? `ML review: ${p.addressed}/${p.total} addressed` : 'ML review: not a design doc';
    status.detail = `score ${Math.round(p.score * 100)}%, analysed in ${p.elapsedMs} ms at ${new Date().toLocaleTimeString()}`;
    status.severity = p.elapsedMs > 200 ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
  });

  context.subscriptions.push(
    vscode.commands.registerCommand('mlDesignReview.reviewFile', async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (doc) await client?.sendRequest('workspace/executeCommand', { command: REVIEW_FILE_COMMAND, arguments: [doc.uri.toString()] });
    }),
    vscode.commands.registerCommand('mlDesignReview.showReport', () => showReport(context)),
    vscode.commands.registerCommand('mlDesignReview.newDesignDoc', async () => {
      const title = await vscode.window.showInputBox({ prompt: 'Title of the ML system', value: 'New ML system' });
      if (title === undefined) return;
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      const target = await vscode.window.showSaveDialog({
        defaultUri: folder ? vscode.Uri.joinPath(folder, `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-design.md`) : undefined,
        filters: { Markdown: ['md'] },
      });
      if (!target) return;
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(fullTemplate(title)));
      await vscode.window.showTextDocument(target);
    }),
    vscode.commands.registerCommand('mlDesignReview.explainItem', async () => {
      const pick = await vscode.window.showQuickPick(CHECKLIST.map((i) => ({ label: i.title, description: i.question, item: i })), { placeHolder: 'Which checklist item?' });
      if (!pick) return;
      const panel = vscode.window.createWebviewPanel('mlDesignReview.explain', pick.item.title, vscode.ViewColumn.Beside, { enableScripts: false });
      panel.webview.html = page(panel.webview, `<h1>${escapeHtml(pick.item.title)}</h1><p><em>${escapeHtml(pick.item.question)}</em></p><p>${escapeHtml(pick.item.rationale)}</p><h2>What satisfies a reviewer</h2><p>${escapeHtml(pick.item.howToFix)}</p>`, undefined);
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

function nonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A webview page with a strict CSP: no inline handlers, scripts only with this page's nonce. */
function page(webview: vscode.Webview, body: string, script: string | undefined): string {
  const n = nonce();
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource} 'nonce-${n}'; script-src 'nonce-${n}'; img-src ${webview.cspSource} data:">
<style nonce="${n}">${REPORT_CSS}</style></head><body>${body}${script ? `<script nonce="${n}">${script}</script>` : ''}</body></html>`;
}

let reportPanel: vscode.WebviewPanel | undefined;

function showReport(context: vscode.ExtensionContext): void {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage('Open a Markdown design doc to see its report.');
    return;
  }
  let doc = editor.document;
  if (!reportPanel) {
    reportPanel = vscode.window.createWebviewPanel('mlDesignReview.report', 'ML Design Review', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true });
    reportPanel.onDidDispose(() => (reportPanel = undefined), null, context.subscriptions);
    reportPanel.webview.onDidReceiveMessage((m: { line?: number }) => {
      if (typeof m.line !== 'number') return;
      const pos = new vscode.Position(Math.max(0, m.line - 1), 0);
      void vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(pos, pos) });
    });
  }
  const panel = reportPanel;
  const render = () => {
    const text = doc.getText();
    const body = renderReportBody({ path: vscode.workspace.asRelativePath(doc.uri), text, result: analyse(text, { path: doc.uri.fsPath, reviewAll: true }) }, { reveal: true });
    panel.webview.html = page(panel.webview, body, `const vscode = acquireVsCodeApi(); document.addEventListener('click', (e) => { const b = e.target.closest('button.reveal'); if (b) vscode.postMessage({ line: Number(b.dataset.line) }); });`);
  };
  render();
  const sub = vscode.workspace.onDidChangeTextDocument((e) => {
    if (e.document === doc) render();
  });
  const sub2 = vscode.window.onDidChangeActiveTextEditor((e) => {
    if (e && e.document.languageId === 'markdown') {
      doc = e.document;
      render();
    }
  });
  panel.onDidDispose(() => {
    sub.dispose();
    sub2.dispose();
  });
}
