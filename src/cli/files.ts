// Expands the command line's operands (files, folders, globs) into Markdown files, honouring the config.
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { Config } from '../core/config.js';

const MARKDOWN = /\.(?:md|markdown|mdown|mkd)$/i;

/** A pattern containing glob syntax. */
function isGlob(s: string): boolean {
  return /[*?[\]{}]/.test(s);
}

function walk(dir: string, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (e.name === 'node_modules' || e.name === '.git') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile() && MARKDOWN.test(e.name)) out.push(p);
  }
}

/** Files named explicitly are always reviewed; files found in folders or by globs honour include / exclude. */
export function expandOperands(operands: string[], config: Config, configDir: string): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const rel = (p: string) => relative(configDir, resolve(p)).split(sep).join('/');
  const excluded = config.exclude.length ? picomatch(config.exclude, { dot: true }) : () => false;
  const included = config.include.length ? picomatch(config.include, { dot: true }) : () => true;
  const keep = (p: string) => !excluded(rel(p)) && included(rel(p));
  for (const op of operands) {
    if (isGlob(op) && !existsSync(op)) {
      const isMatch = picomatch(op.split(sep).join('/'), { dot: false });
      const base = op.split(/[\\/]/).findIndex((part) => isGlob(part));
      const root = base > 0 ? op.split(/[\\/]/).slice(0, base).join('/') : '.';
      const found: string[] = [];
      walk(root, found);
      const matched = found.filter((f) => isMatch(f.split(sep).join('/').replace(/^\.\//, '')) && keep(f));
      if (!matched.length) missing.push(op);
      files.push(...matched.sort());
      continue;
    }
    let st;
    try {
      st = statSync(op);
    } catch {
      missing.push(op);
      continue;
    }
    if (st.isDirectory()) {
      const found: string[] = [];
      walk(op, found);
      files.push(...found.filter(keep).sort());
    } else files.push(op);
  }
  return { files: [...new Set(files)], missing };
}
