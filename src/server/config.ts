// Finds and reads the repository config file for a document on disk (Node), with errors reported at their line.
import { readFileSync } from 'node:fs';
import { dirname, relative, sep } from 'node:path';
import { findConfigFile } from '../node/config-file.js';
import { fileURLToPath } from 'node:url';
import { parseConfig, defaultConfig } from '../core/config.js';
import { globsSelect, type LoadedConfig } from './host.js';

/** Caches config files by path; `invalidate` drops them when a watched file changes. */
export class ConfigStore {
  private cache = new Map<string, LoadedConfig>();

  invalidate(): void {
    this.cache.clear();
  }

  /** The config for a document URI (defaults for non-file URIs or when no config file exists). */
  forUri(uri: string): LoadedConfig {
    if (!uri.startsWith('file:')) return { config: defaultConfig(), errors: [] };
    const file = findConfigFile(dirname(fileURLToPath(uri)));
    return file ? this.load(file) : { config: defaultConfig(), errors: [] };
  }

  private load(file: string): LoadedConfig {
    const hit = this.cache.get(file);
    if (hit) return hit;
    let loaded: LoadedConfig;
    try {
      const { config, errors } = parseConfig(readFileSync(file, 'utf8'), file);
      loaded = { file, dir: dirname(file), config, errors };
    } catch (e) {
      loaded = { file, dir: dirname(file), config: defaultConfig(), errors: [{ file, line: 1, column: 1, message: `cannot read: ${(e as Error).message}` }] };
    }
    this.cache.set(file, loaded);
    return loaded;
  }
}

/** Whether the config's include / exclude globs select a document. */
export function isSelected(loaded: LoadedConfig, uri: string): boolean {
  if (!loaded.dir || !uri.startsWith('file:')) return true;
  const rel = relative(loaded.dir, fileURLToPath(uri)).split(sep).join('/');
  return globsSelect(loaded.config, rel);
}
