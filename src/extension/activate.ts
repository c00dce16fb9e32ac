// The VS Code client, shared by VS Code on the desktop (extension.ts) and VS Code for the Web (browser.ts): starts the
// language server through the runtime's client, shows status, and registers the commands.
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import {
  STATUS_NOTIFICATION,
  CONFIG_FILE_REQUEST,
  REVIEW_FILE_COMMAND,
  INSERT_MISSING_REQUEST,
  EXPLAIN_ITEM_REQUEST,
  INSERT_SNIPPET_COMMAND,
  type StatusParams,
  type InsertMissingResult,
  type ExplainItemResult,
  type ConfigFileParams,
} from '../server/protocol.js';
import { escapeHtml } from '../core/format/html.js';
import { CHECKLIST } from '../core/items/index.js';
import { fullTemplate } from '../core/templates.js';
import { ReportPanel, requestReport, webviewPage } from './report.js';
import { reviewWorkspace } from './workspace.js';
import { readConfigFile } from './config-file.js';

/** What differs between the desktop and the web: how the language server is started and where files are read. */
export interface Runtime {
  /** One line on the extension host and the server (the output channel's first line: for bug reports and tests). */
  description: string;
  /** A language client for the server: a Node process, or a browser web worker. */
  createClient(options: LanguageClientOptions): Promise<BaseLanguageClient>;
  /** Whether Review Workspace reads the files itself (`workspace.fs`) and sends their texts: the server has no disk. */
  sendsTexts: boolean;
}

let client: BaseLanguageClient | undefined;

/** The extension's version (from its package.json). */
export function version(context: vscode.ExtensionContext): string {
  const v = (context.extension.packageJSON as { version?: unknown }).version;
  return typeof v === 'string' ? v : '';
}

export async function activateExtension(context: vscode.ExtensionContext, runtime: Runtime): Promise<{ reviewWorkspace: () => Promise<unknown> }> {
  const output = vscode.window.createOutputChannel('ML Design Review');
  output.appendLine(runtime.description);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'markdown' }],
    synchronize: { configurationSection: 'mlDesignReview', fileEvents: vscode.workspace.createFileSystemWatcher('**/.ml-design-review.{json,jsonc}') },
    outputChannel: output,
    // This client has the snippet command: quick fixes that insert a section leave the cursor in its first field.
    initializationOptions: { snippetCommand: true },
  };
  const lc = await runtime.createClient(clientOptions);
  client = lc;
  // The server in a browser worker has no disk: it asks for the config file, read here through workspace.fs.
  lc.onRequest(CONFIG_FILE_REQUEST, (p: ConfigFileParams) => readConfigFile(p));

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
    if (p.candidate) void offerReview(p.uri);
  });

  // A Markdown file that looks like a design doc being started: ask once, remember "no" for the workspace.
  const NOT_DESIGN_DOCS = 'mlDesignReview.notDesignDocs';
  const asked = new Set<string>();
  const offerReview = async (uri: string): Promise<void> => {
    const declined = context.workspaceState.get<string[]>(NOT_DESIGN_DOCS, []);
    if (asked.has(uri) || declined.includes(uri)) return;
    asked.add(uri);
    const name = vscode.workspace.asRelativePath(vscode.Uri.parse(uri));
    const choice = await vscode.window.showInformationMessage(
      `ML Design Review: ${name} looks like an ML design doc being started. Review it as you write?`,
      'Review as ML design doc',
      'Not a design doc',
    );
    if (choice === 'Not a design doc') {
      await context.workspaceState.update(NOT_DESIGN_DOCS, [...declined, uri]);
    } else if (choice === 'Review as ML design doc') {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
      const text = doc.getText();
      const eol = doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
      const edit = new vscode.WorkspaceEdit();
      // Into the front matter if there is one, else a new front matter block at the top.
      if (/^---\r?\n/.test(text)) edit.insert(doc.uri, new vscode.Position(1, 0), `type: ml-design-doc${eol}`);
      else edit.insert(doc.uri, new vscode.Position(0, 0), `---${eol}type: ml-design-doc${eol}---${eol}`);
      await vscode.workspace.applyEdit(edit);
    }
  };

  // Diagnostics of a Markdown file that no longer exists go with it.
  const forget = (uris: readonly vscode.Uri[]) => {
    for (const u of uris) lc.diagnostics?.delete(u);
  };
  const mdWatcher = vscode.workspace.createFileSystemWatcher('**/*.{md,markdown}', true, true, false);
  context.subscriptions.push(
    mdWatcher,
    mdWatcher.onDidDelete((u) => forget([u])),
    vscode.workspace.onDidDeleteFiles((e) => forget(e.files)),
    vscode.window.tabGroups.onDidChangeTabs(async (e) => {
      for (const tab of e.closed) {
        const input = tab.input;
        if (!(input instanceof vscode.TabInputText) || input.uri.scheme !== 'file') continue;
        try {
          await vscode.workspace.fs.stat(input.uri);
        } catch {
          forget([input.uri]);
        }
      }
    }),
  );
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
    vscode.commands.registerCommand('mlDesignReview.reviewWorkspace', () => reviewWorkspace(lc, runtime.sendsTexts)),
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
      const target = await vscode.window.showSaveDialog({
        defaultUri: e.document.uri.with({ path: e.document.uri.path.replace(/\.\w+$/, '') + `.review.${pick.ext}` }),
      });
      if (!target) return;
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
      const open = await vscode.window.showInformationMessage(`ML Design Review: exported ${vscode.workspace.asRelativePath(target)}`, 'Open');
      if (open === 'Open') await vscode.commands.executeCommand('vscode.open', target);
    }),
    vscode.commands.registerCommand('mlDesignReview.newDesignDoc', async () => {
      const title = await vscode.window.showInputBox({ prompt: 'Name of the ML system', value: 'New ML system' });
      if (!title) return;
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      const name = `${
        title
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '') || 'design'
      }-design.md`;
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
      const pick = await vscode.window.showQuickPick(
        CHECKLIST.map((i) => ({ label: i.title, description: i.question, item: i })),
        { placeHolder: 'Which checklist item?', matchOnDescription: true },
      );
      if (!pick) return;
      // The active design doc's own status for the item, with what is found and what is still lacking.
      const editor = vscode.window.activeTextEditor;
      let mine = '';
      if (editor && editor.document.languageId === 'markdown') {
        const r = await lc
          .sendRequest<ExplainItemResult | null>(EXPLAIN_ITEM_REQUEST, { uri: editor.document.uri.toString(), itemId: pick.item.id })
          .catch(() => null);
        if (r && r.designDoc) {
          const name = escapeHtml(vscode.workspace.asRelativePath(editor.document.uri));
          mine =
            `<h2>In ${name}</h2><p>Status: <strong class="status-${escapeHtml(r.status)}">${escapeHtml(r.status)}</strong></p>` +
            (r.found.length ? `<p>Found: ${escapeHtml(r.found.join('; '))}.</p>` : '') +
            (r.lacking.length ? `<p>Still lacking: ${escapeHtml(r.lacking.join('; '))}.</p>` : '');
        }
      }
      const panel = vscode.window.createWebviewPanel('mlDesignReview.explain', `Checklist: ${pick.item.title}`, vscode.ViewColumn.Beside, {
        enableScripts: false,
        localResourceRoots: [],
      });
      panel.webview.html = webviewPage(
        panel.webview,
        `<h1>${escapeHtml(pick.item.title)}</h1><p><em>${escapeHtml(pick.item.question)}</em></p>${mine}<h2>Why it matters</h2><p>${escapeHtml(pick.item.rationale)}</p><h2>What satisfies a reviewer</h2><p>${escapeHtml(pick.item.howToFix)}</p>`,
      );
    }),
    vscode.commands.registerCommand(INSERT_SNIPPET_COMMAND, async (uri: unknown, version: unknown, offset: unknown, snippet: unknown) => {
      if (typeof uri !== 'string' || typeof offset !== 'number' || typeof snippet !== 'string') return;
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
      // Offsets were computed on one version of the text; if it has changed since, the place may have moved.
      if (typeof version === 'number' && doc.version !== version) {
        void vscode.window.showWarningMessage('ML Design Review: the document changed; try the quick fix again.');
        return;
      }
      const editor = await vscode.window.showTextDocument(doc);
      await editor.insertSnippet(new vscode.SnippetString(snippet), doc.positionAt(offset), {
        undoStopBefore: true,
        undoStopAfter: true,
        keepWhitespace: true,
      });
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
  return { reviewWorkspace: () => reviewWorkspace(lc, runtime.sendsTexts) };
}

export async function deactivateExtension(): Promise<void> {
  await client?.stop();
}
