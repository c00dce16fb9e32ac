// The language server's workspace on Node: config files and workspace files read from disk, only inside the
// workspace folders.
import { readFile } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ConfigStore, isSelected } from './config.js';
import type { LoadedConfig, ServerHost } from './host.js';

/** The real path (symbolic links resolved), or the path as given when it does not exist. */
function realPath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
}

/** Reads config files and workspace files from disk. */
export class NodeHost implements ServerHost {
  private readonly configs = new ConfigStore();
  /** Workspace folders (real paths): the only places `readFile` may read from. */
  private roots: string[] = [];

  setWorkspaceFolders(uris: string[]): void {
    this.roots = uris.filter((u) => u.startsWith('file:')).map((u) => realPath(fileURLToPath(u)));
  }

  invalidate(): void {
    this.configs.invalidate();
  }

  prepare(): undefined {
    return undefined;
  }

  configFor(uri: string): LoadedConfig {
    return this.configs.forUri(uri);
  }

  isSelected(loaded: LoadedConfig, uri: string): boolean {
    return isSelected(loaded, uri);
  }

  configUri(file: string): string {
    return pathToFileURL(file).toString();
  }

  /** From disk only inside a workspace folder (symbolic links resolved): never a system file. */
  async readFile(uri: string): Promise<string> {
    if (!this.insideWorkspace(uri)) throw new Error('outside the workspace folders');
    return readFile(fileURLToPath(uri), 'utf8');
  }

  pathOf(uri: string): string {
    return fileURLToPath(uri);
  }

  private insideWorkspace(uri: string): boolean {
    if (!uri.startsWith('file:')) return false;
    const p = realPath(fileURLToPath(uri));
    return this.roots.some((r) => {
      const rel = relative(r, p);
      return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
    });
  }
}
