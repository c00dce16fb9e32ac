// The language server's workspace in a browser worker (VS Code for the Web): no disk, so config files come from the
// client, which reads them through workspace.fs, and Review Workspace sends the texts of the files it reviews.
import type { Connection } from 'vscode-languageserver';
import { parseConfig, defaultConfig, CONFIG_FILE_NAMES } from '../core/config.js';
import { CONFIG_FILE_REQUEST, type ConfigFileParams, type ConfigFileResult } from './protocol.js';
import { globsSelect, type LoadedConfig, type ServerHost } from './host.js';

/** A URI without its query and fragment. */
const bare = (uri: string): string => uri.replace(/[?#].*$/s, '');
/** The URI of the folder a document is in. */
const folderOf = (uri: string): string => bare(uri).replace(/\/[^/]*$/, '');

/** Asks the client for config files, one request per folder, cached until a config file changes. */
export class ClientHost implements ServerHost {
  /** Loaded configs by the URI of the folder of the documents they are for. */
  private readonly cache = new Map<string, LoadedConfig>();
  private readonly loading = new Map<string, Promise<void>>();
  /** Bumped by `invalidate`, so that an answer to a request sent before it is not cached. */
  private generation = 0;

  constructor(private readonly connection: Connection) {}

  setWorkspaceFolders(): void {
    // The client finds the config file inside the document's workspace folder itself.
  }

  invalidate(): void {
    this.generation++;
    this.cache.clear();
    this.loading.clear();
  }

  /** Never rejects: a client that cannot answer leaves the document with the default config. */
  prepare(uri: string): Promise<void> | undefined {
    const key = folderOf(uri);
    if (this.cache.has(key)) return undefined;
    const pending = this.loading.get(key);
    if (pending) return pending;
    const generation = this.generation;
    const load = this.fetch(uri).then((loaded) => {
      if (generation !== this.generation) return;
      this.cache.set(key, loaded);
      this.loading.delete(key);
    });
    this.loading.set(key, load);
    return load;
  }

  private async fetch(uri: string): Promise<LoadedConfig> {
    try {
      const params: ConfigFileParams = { uri, names: CONFIG_FILE_NAMES };
      const found = await this.connection.sendRequest<ConfigFileResult | null>(CONFIG_FILE_REQUEST, params);
      if (!found || typeof found.uri !== 'string' || typeof found.text !== 'string') return { config: defaultConfig(), errors: [] };
      const { config, errors } = parseConfig(found.text, found.uri);
      return { file: found.uri, dir: folderOf(found.uri), config, errors };
    } catch (e) {
      this.connection.console.error(`cannot get the config file for ${uri} from the client: ${(e as Error)?.message ?? String(e)}`);
      return { config: defaultConfig(), errors: [] };
    }
  }

  configFor(uri: string): LoadedConfig {
    return this.cache.get(folderOf(uri)) ?? { config: defaultConfig(), errors: [] };
  }

  isSelected(loaded: LoadedConfig, uri: string): boolean {
    const doc = bare(uri);
    if (!loaded.dir || !doc.startsWith(`${loaded.dir}/`)) return true;
    return globsSelect(loaded.config, decodeURIComponent(doc.slice(loaded.dir.length + 1)));
  }

  configUri(file: string): string {
    return file;
  }

  readFile(): Promise<string> {
    return Promise.reject(new Error('the client could not read it (a server in a browser worker has no disk)'));
  }

  pathOf(uri: string): string {
    return decodeURIComponent(uri);
  }
}
