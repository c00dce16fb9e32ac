// The report webview beside the editor: rendered by the server, shown under a strict CSP, following the document live.
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { REPORT_CSS } from '../core/format/html.js';
import { REPORT_REQUEST, type ReportResult } from '../server/protocol.js';

function nonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A webview page: no inline handlers; styles and the one script carry this page's nonce. */
export function webviewPage(webview: vscode.Webview, body: string, script?: string): string {
  const n = nonce();
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource} 'nonce-${n}'; script-src 'nonce-${n}'; img-src ${webview.cspSource} data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style nonce="${n}">${REPORT_CSS}</style></head><body>${body}${script ? `<script nonce="${n}">${script}</script>` : ''}</body></html>`;
}

/** Line buttons post the line; the extension reveals it. Everything else is static HTML. */
const REVEAL_SCRIPT = `const vscode = acquireVsCodeApi();
document.addEventListener('click', (e) => { const b = e.target.closest('button.reveal'); if (b) vscode.postMessage({ type: 'reveal', line: Number(b.dataset.line) }); });`;

/** Asks the server for a document's report. */
export async function requestReport(client: LanguageClient, doc: vscode.TextDocument): Promise<ReportResult | null> {
  return client.sendRequest<ReportResult | null>(REPORT_REQUEST, { uri: doc.uri.toString(), displayPath: vscode.workspace.asRelativePath(doc.uri) });
}

/** The single report panel; it follows the active Markdown editor and its edits. */
export class ReportPanel {
  private panel: vscode.WebviewPanel | undefined;
  private doc: vscode.TextDocument | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly client: LanguageClient) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.panel && e.document === this.doc) this.scheduleRender();
      }),
      vscode.window.onDidChangeActiveTextEditor((e) => {
        if (this.panel && e && e.document.languageId === 'markdown' && e.document !== this.doc) {
          this.doc = e.document;
          void this.render();
        }
      }),
    );
  }

  async show(doc: vscode.TextDocument): Promise<void> {
    this.doc = doc;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(
        'mlDesignReview.report',
        'ML Design Review',
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: true, localResourceRoots: [] },
      );
      this.panel.onDidDispose(() => (this.panel = undefined));
      this.panel.webview.onDidReceiveMessage((m: { type?: string; line?: unknown }) => {
        if (m.type !== 'reveal' || typeof m.line !== 'number' || !Number.isInteger(m.line) || !this.doc) return;
        const pos = new vscode.Position(Math.max(0, m.line - 1), 0);
        void vscode.window.showTextDocument(this.doc, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(pos, pos) });
      });
    } else this.panel.reveal(vscode.ViewColumn.Beside, true);
    await this.render();
  }

  private scheduleRender(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.render(), 400);
  }

  private async render(): Promise<void> {
    if (!this.panel || !this.doc) return;
    const report = await requestReport(this.client, this.doc);
    if (!this.panel) return;
    this.panel.title = `Review: ${vscode.workspace.asRelativePath(this.doc.uri)}`;
    this.panel.webview.html = webviewPage(this.panel.webview, report ? report.html : '<p>No report for this document.</p>', REVEAL_SCRIPT);
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
