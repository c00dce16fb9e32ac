// Finds a document's config file through workspace.fs, for the server in a browser worker (it has no disk): works on
// virtual file systems (github.dev, vscode.dev) as on disk.
import * as vscode from 'vscode';
import type { ConfigFileParams, ConfigFileResult } from '../server/protocol.js';

/** The nearest config file in the document's folder or a folder above it, up to its workspace folder; null if none. */
export async function readConfigFile(params: ConfigFileParams): Promise<ConfigFileResult | null> {
  // Plain file names only: the server names what to look for, never where.
  const names = (Array.isArray(params.names) ? params.names : []).filter((n) => typeof n === 'string' && /^[\w.-]+$/.test(n) && !/^\.\.?$/.test(n));
  const doc = vscode.Uri.parse(params.uri);
  const folder = vscode.workspace.getWorkspaceFolder(doc);
  if (!folder) return null;
  const top = folder.uri.path.replace(/\/+$/, '');
  let dir = vscode.Uri.joinPath(doc, '..');
  for (;;) {
    for (const name of names) {
      const file = vscode.Uri.joinPath(dir, name);
      try {
        return { uri: file.toString(), text: new TextDecoder().decode(await vscode.workspace.fs.readFile(file)) };
      } catch {
        // Not in this folder.
      }
    }
    if (dir.path.replace(/\/+$/, '').length <= top.length) return null;
    dir = vscode.Uri.joinPath(dir, '..');
  }
}
