// Entry point of the extension in VS Code on the desktop (a Node extension host): the language server is a Node
// process (dist/server.cjs) spoken to over IPC.
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node.js';
import { activateExtension, deactivateExtension, version } from './activate.js';

export function activate(context: vscode.ExtensionContext): Promise<{ reviewWorkspace: () => Promise<unknown> }> {
  const serverModule = context.asAbsolutePath('dist/server.cjs');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--inspect=6019'] } },
  };
  return activateExtension(context, {
    description: `ML Design Review ${version(context)}: Node.js extension host (Node ${process.version}); language server: a Node process (dist/server.cjs)`,
    createClient: (options) => Promise.resolve(new LanguageClient('mlDesignReview', 'ML Design Review', serverOptions, options)),
    sendsTexts: false,
  });
}

export const deactivate = deactivateExtension;
