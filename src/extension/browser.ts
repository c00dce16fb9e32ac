// Entry point of the extension in VS Code for the Web (github.dev, vscode.dev; package.json "browser"): it runs in the
// browser's web worker extension host, with no Node.js, and the language server runs in a web worker of its own
// (dist/web/server.js), spoken to with postMessage.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser.js';
import { activateExtension, deactivateExtension, version } from './activate.js';

/** The browser's globals this file uses (its types are Node's, as for the rest of the project). */
type ServerWorker = ConstructorParameters<typeof LanguageClient>[3];
declare const Worker: new (url: string, options?: { name?: string }) => ServerWorker;
declare const navigator: { userAgent: string } | undefined;

/**
 * Starts dist/web/server.js in a web worker. The web extension host refuses `new Worker(uri)` for an extension
 * served by a remote (code-server, Codespaces: a vscode-remote: URI), but its `fetch` resolves such URIs: so the
 * script is fetched and started from a blob: URL, the same way wherever the extension is served from.
 */
async function startServerWorker(context: vscode.ExtensionContext): Promise<ServerWorker> {
  const main = vscode.Uri.joinPath(context.extensionUri, 'dist/web/server.js').toString(true);
  const response = await fetch(main);
  if (!response.ok) throw new Error(`cannot load the language server from ${main}: HTTP ${response.status}`);
  const script = URL.createObjectURL(new Blob([await response.text()], { type: 'text/javascript' }));
  return new Worker(script, { name: 'ML Design Review language server' });
}

export function activate(context: vscode.ExtensionContext): Promise<{ reviewWorkspace: () => Promise<unknown> }> {
  // `typeof process` is "undefined" here, unlike in the Node extension host: the end-to-end test reads this line.
  const where = `web worker extension host (typeof process: ${typeof process}; ${typeof navigator === 'undefined' ? 'no navigator' : navigator.userAgent})`;
  return activateExtension(context, {
    description: `ML Design Review ${version(context)}: ${where}; language server: a web worker (dist/web/server.js)`,
    createClient: async (options) => new LanguageClient('mlDesignReview', 'ML Design Review', options, await startServerWorker(context)),
    sendsTexts: true,
  });
}

export const deactivate = deactivateExtension;
