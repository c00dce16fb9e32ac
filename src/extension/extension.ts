// The VS Code client: starts the language server, shows status, and registers the commands.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node.js';
import { STATUS_NOTIFICATION, REVIEW_FILE_COMMAND, INSERT_MISSING_REQUEST, type StatusParams, type InsertMissingResult } from '../server/protocol.js';
import { escapeHtml } from '../core/format/html.js';
import { CHECKLIST } from '../core/items/index.js';
import { fullTemplate } from '../core/templates.js';
import { ReportPanel, requestReport, webviewPage } from './report.js';
import { reviewWorkspace } from './workspace.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<{ reviewWorkspace: () => Promise<unknown> }> {
  const output = vscode.window.createOutputChannel('ML Design Review');
  const serverModule = context.asAbsolutePath('dist/server.cjs');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'markdown' }],
    synchronize: { configurationSection: 'mlDesignReview', fileEvents: vscode.workspace.createFileSystemWatcher('**/.ml-design-review.{json,jsonc}') },
    outputChannel: output,
  };
  const lc = new LanguageClient('mlDesignReview', 'ML Design Review', serverOptions, clientOptions);
  client = lc;

  const status = vscode.languages.createLanguageStatusItem('mlDesignReview.status', { language: 'markdown' });
  status.name = 'ML Design Review';
  status.text = 'ML review';
  status.command = { title: 'Show Report', command: 'mlDesignReview.showReport' };
  const report = new ReportPanel(lc);
  context.subscriptions.push(status, output, report);

  const lastStatus = new Map<string, StatusParams>();
  const showStatus = () => {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const p = uri ? lastStatus.get(uri) : undefined;
    if (!p) return;
    status.text = p.designDoc ? `ML review: ${p.addressed}/${p.total} addressed` : 'ML review: not a design doc';
    status.detail = `score ${Math.round(p.score * 100)}% · analysed in ${p.elapsedMs} ms at ${new Date().toLocaleTimeString()}`;
    status.severity = p.elapsedMs > 200 ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
    if (p.elapsedMs > 200) status.detail += ' · slow: consider splitting the document';
  };
  lc.onNotification(STATUS_NOTIFICATION, (p: StatusParams) => {
    lastStatus.set(p.uri, p);
    showStatus();
  });
  context.subscriptions.push(vscode.window.onDidChangeActiveTextEditor(showStatus));

  const markdownEditor = (): vscode.TextEditor | undefined => {
    const e = vscode.window.activeTextEditor;
    if (e && e.document.languageId === 'markdown') return e;
    void vscode.window.showInformationMessage('ML Design Review: open a Markdown design doc first.');
    return undefined;
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('mlDesignReview.reviewFile', async () => {
      const e = markdownEditor();
      if (e) await lc.sendRequest('workspace/executeCommand', { command: REVIEW_FILE_COMMAND, arguments: [e.document.uri.toString()] });
    }),
    vscode.commands.registerCommand('mlDesignReview.showReport', async () => {
      const e = markdownEditor();
      if (e) await report.show(e.document);
    }),
    vscode.commands.registerCommand('mlDesignReview.reviewWorkspace', () => reviewWorkspace(lc)),
    vscode.commands.registerCommand('mlDesignReview.exportReport', async () => {
      const e = markdownEditor();
      if (!e) return;
      const pick = await vscode.window.showQuickPick(
        [
          { label: 'Markdown', description: 'for a pull-request comment', ext: 'md' },
          { label: 'HTML', description: 'self-contained page', ext: 'html' },
          { label: 'JSON', description: 'the command line contract', ext: 'json' },
          { label: 'SARIF', description: 'for code scanning', ext: 'sarif' },
        ],
        { placeHolder: 'Export the review as' },
      );
      if (!pick) return;
      const r = await requestReport(lc, e.document);
      if (!r) return;
      const content = pick.ext === 'md' ? r.markdown : pick.ext === 'html' ? r.page : pick.ext === 'json' ? r.json : r.sarif;
      const target = await vscode.window.showSaveDialog({ defaultUri: e.document.uri.with({ path: e.document.uri.path.replace(/\.\w+$/, '') + `.review.${pick.ext}` }) });
      if (!target) return;
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
      void vscode.window.showInformationMessage(`ML Design Review: exported ${vscode.workspace.asRelativePath(target)}`);
    }),
    vscode.commands.registerCommand('mlDesignReview.newDesignDoc', async () => {
      const title = await vscode.window.showInputBox({ prompt: 'Name of the ML system', value: 'New ML system' });
      if (!title) return;
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      const name = `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'design'}-design.md`;
      const target = folder
        ? await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.joinPath(folder, name), filters: { Markdown: ['md'] } })
        : vscode.Uri.parse(`untitled:${name}`);
      if (!target) return;
      if (target.scheme === 'untitled') {
        const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: fullTemplate(title) });
        await vscode.window.showTextDocument(doc);
        return;
      }
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(fullTemplate(title)));
      await vscode.window.showTextDocument(target);
    }),
    vscode.commands.registerCommand('mlDesignReview.explainItem', async () => {
      const pick = await vscode.window.showQuickPick(CHECKLIST.map((i) => ({ label: i.title, description: i.question, item: i })), { placeHolder: 'Which checklist item?', matchOnDescription: true });
      if (!pick) return;
      const panel = vscode.window.createWebviewPanel('mlDesignReview.explain', `Checklist: ${pick.item.title}`, vscode.ViewColumn.Beside, { enableScripts: false, localResourceRoots: [] });
      panel.webview.html = webviewPage(panel.webview, `<h1>${escapeHtml(pick.item.title)}</h1><p><em>${escapeHtml(pick.item.question)}</em></p><h2>Why it matters</h2><p>${escapeHtml(pick.item.rationale)}</p><h2>What satisfies a reviewer</h2><p>${escapeHtml(pick.item.howToFix)}</p>`);
    }),
    vscode.commands.registerCommand('mlDesignReview.insertMissingSections', async () => {
      const e = markdownEditor();
      if (!e) return;
      const r = await lc.sendRequest<InsertMissingResult | null>(INSERT_MISSING_REQUEST, { uri: e.document.uri.toString() });
      if (!r || !r.edits.length) {
        void vscode.window.showInformationMessage('ML Design Review: no missing sections to insert.');
        return;
      }
      const edit = new vscode.WorkspaceEdit();
      for (const x of r.edits) edit.insert(e.document.uri, e.document.positionAt(x.offset), x.text);
      await vscode.workspace.applyEdit(edit);
      void vscode.window.showInformationMessage(`ML Design Review: inserted ${r.headings.join(', ')}.`);
    }),
  );
  await lc.start();
  return { reviewWorkspace: () => reviewWorkspace(lc) };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
