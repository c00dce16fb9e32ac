// What the language server needs from the place it runs: a document's config file and the text of files that are not
// open. On Node (node-host.ts) both come from the disk; in a browser worker (web-host.ts), from the client.
import picomatch from 'picomatch';
import type { Config, ConfigError } from '../core/config.js';

/** A config file and the folder its globs are relative to. */
export interface LoadedConfig {
  /** The config file, as error messages name it: a path on Node, a URI in a browser. */
  file?: string;
  /** The folder the include / exclude globs are relative to (a path or a URI, like `file`). */
  dir?: string;
  config: Config;
  errors: ConfigError[];
}

/** The server's access to the workspace. */
export interface ServerHost {
  /** The workspace folders (URIs) the client named in `initialize`. */
  setWorkspaceFolders(uris: string[]): void;
  /** Forgets the config files read so far (one of them changed). */
  invalidate(): void;
  /**
   * Loads a document's config when that takes a round trip to the client, so that `configFor` then answers at
   * once; undefined when it already can (on Node, always).
   */
  prepare(uri: string): Promise<void> | undefined;
  /** The config for a document URI (defaults when it has no config file, or it is not loaded yet). */
  configFor(uri: string): LoadedConfig;
  /** Whether the config's include / exclude globs select a document. */
  isSelected(loaded: LoadedConfig, uri: string): boolean;
  /** The URI of a config file that was read, for the diagnostics on its errors. */
  configUri(file: string): string;
  /** The text of a file that is not open in the editor (Review Workspace); throws when it may not or cannot be read. */
  readFile(uri: string): Promise<string>;
  /** The path the analyser is given for a file reviewed by Review Workspace. */
  pathOf(uri: string): string;
}

/** Whether include / exclude globs select a path relative to the config file's folder ('/'-separated). */
export function globsSelect(config: Config, rel: string): boolean {
  const { include, exclude } = config;
  if (exclude.length && picomatch(exclude, { dot: true })(rel)) return false;
  return include.length === 0 || picomatch(include, { dot: true })(rel);
}

/** The config file's rules, overridden rule by rule by the editor's `mlDesignReview.rules` setting. */
export function withSettings(loaded: LoadedConfig, rules: Config['rules'] | undefined): Config {
  return { ...loaded.config, rules: { ...loaded.config.rules, ...(rules ?? {}) } };
}
