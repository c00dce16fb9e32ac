// The result cache (`--cache`): what the analyser said of a file, keyed on everything that decides it
// (the file's content and path, the config, the tool's version and --all), the way ESLint and Prettier
// key theirs. A cache that cannot be read, is from another version, or holds an entry of the wrong shape
// is ignored and rebuilt; it is never trusted over a fresh analysis.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CHECKLIST } from '../core/items/index.js';
import type { AnalysisResult } from '../core/types.js';

export const DEFAULT_CACHE_FILE = '.ml-design-review-cache';
const FORMAT = 1;

interface CacheFile {
  format: number;
  tool: string;
  entries: Record<string, { key: string; result: AnalysisResult }>;
}

/** The cache file a --cache-location names: the file itself, or a file inside the folder it names. */
export function cacheFile(cwd: string, location: string | undefined): string {
  const p = resolve(cwd, location ?? DEFAULT_CACHE_FILE);
  try {
    if (statSync(p).isDirectory() || /[\\/]$/.test(location ?? '')) return join(p, DEFAULT_CACHE_FILE);
  } catch {
    // Does not exist yet: a file, unless it is written as a folder.
    if (/[\\/]$/.test(location ?? '')) return join(p, DEFAULT_CACHE_FILE);
  }
  return p;
}

/** The key of one file's result. */
export function cacheKey(parts: { tool: string; config: string; path: string; all: boolean; text: string }): string {
  return createHash('sha256')
    .update(`${parts.tool}\0${parts.config}\0${parts.path}\0${parts.all ? 1 : 0}\0`)
    .update(parts.text)
    .digest('base64url');
}

/** Whether a cached result has the shape the formats read (a tampered or truncated entry does not). */
function wellFormed(r: unknown): r is AnalysisResult {
  if (typeof r !== 'object' || r === null) return false;
  const x = r as Partial<AnalysisResult>;
  return (
    typeof x.score === 'number' &&
    typeof x.designDoc === 'object' &&
    x.designDoc !== null &&
    typeof x.designDoc.designDoc === 'boolean' &&
    Array.isArray(x.checklist) &&
    x.checklist.length === CHECKLIST.length &&
    x.checklist.every(
      (c) =>
        typeof c === 'object' && c !== null && typeof c.id === 'string' && typeof c.status === 'string' && Array.isArray(c.evidence) && Array.isArray(c.facets),
    ) &&
    Array.isArray(x.findings) &&
    x.findings.every(
      (f) =>
        typeof f === 'object' &&
        f !== null &&
        typeof f.ruleId === 'string' &&
        typeof f.message === 'string' &&
        Number.isInteger(f.start) &&
        Number.isInteger(f.end),
    )
  );
}

export class ResultCache {
  private entries: CacheFile['entries'] = Object.create(null) as CacheFile['entries'];
  private dirty = false;
  /** Why the cache on disk was not used, when it was not (for --debug-style notes and tests). */
  readonly discarded?: string;
  hits = 0;
  misses = 0;

  constructor(
    readonly file: string,
    private readonly tool: string,
  ) {
    let raw: string;
    try {
      raw = readFileSync(file, 'utf8');
    } catch {
      return; // No cache yet.
    }
    try {
      const parsed = JSON.parse(raw) as Partial<CacheFile>;
      if (parsed.format !== FORMAT || parsed.tool !== tool || typeof parsed.entries !== 'object' || parsed.entries === null || Array.isArray(parsed.entries)) {
        this.discarded = 'stale';
        this.dirty = true;
        return;
      }
      for (const [path, e] of Object.entries(parsed.entries)) {
        if (typeof e === 'object' && e !== null && typeof e.key === 'string') this.entries[path] = e;
      }
    } catch {
      this.discarded = 'corrupt';
      this.dirty = true;
    }
  }

  /** The cached result for a file, if its key matches and the entry is well formed. */
  get(path: string, key: string): AnalysisResult | undefined {
    const e = this.entries[path];
    if (e && e.key === key && wellFormed(e.result)) {
      this.hits++;
      return e.result;
    }
    this.misses++;
    return undefined;
  }

  set(path: string, key: string, result: AnalysisResult): void {
    // Only what the output formats read: fixes and front matter are the editor's business.
    const slim: AnalysisResult = {
      designDoc: result.designDoc,
      score: result.score,
      checklist: result.checklist,
      findings: result.findings.map(({ fixes: _fixes, ...f }) => f),
    };
    this.entries[path] = { key, result: slim };
    this.dirty = true;
  }

  /** Writes the cache (atomically: a temporary file renamed over it). Returns an error message on failure. */
  save(): string | undefined {
    if (!this.dirty) return undefined;
    const body: CacheFile = { format: FORMAT, tool: this.tool, entries: this.entries };
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      writeFileSync(tmp, JSON.stringify(body));
      renameSync(tmp, this.file);
      return undefined;
    } catch (e) {
      return `cannot write the cache ${this.file}: ${(e as Error).message}`;
    }
  }
}
