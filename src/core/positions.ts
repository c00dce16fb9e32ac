// Converts 0-based UTF-16 offsets into line/column positions, once, for every adapter; and the one binary
// search the core uses wherever it looks an offset up among sorted starts.

/**
 * The last index k in [0, count) whose key is at or before `at`, or -1 when none is; keys ascend with k.
 * (Lines, a unit's text-to-source map, sections, suppression covers: all "which one holds this offset".)
 */
export function lastAtOrBefore(count: number, key: (k: number) => number, at: number): number {
  let lo = 0;
  let hi = count - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(mid) <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Line starts of a text, for offset → position conversion. */
export class LineIndex {
  /** 0-based UTF-16 offset at which each line starts. */
  readonly lineStarts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  /** 0-based line and UTF-16 character of a 0-based offset (the LSP convention). */
  position(offset: number): { line: number; character: number } {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.lineStarts;
    // The first line starts at 0, so some line always holds o.
    const line = lastAtOrBefore(starts.length, (k) => starts[k] as number, o);
    return { line, character: o - (starts[line] as number) };
  }

  /** 0-based offset of a 0-based line/character position, clamped to the text. */
  offset(line: number, character: number): number {
    if (line < 0) return 0;
    if (line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[line] as number;
    const next = line + 1 < this.lineStarts.length ? (this.lineStarts[line + 1] as number) : this.text.length;
    return Math.min(start + Math.max(0, character), next);
  }

  /** 1-based line and 1-based UTF-16 column (the command line, JSON and SARIF convention). */
  lineColumn(offset: number): { line: number; column: number } {
    const p = this.position(offset);
    return { line: p.line + 1, column: p.character + 1 };
  }

  /** Offset of the end of the line holding `offset`, before its line break. */
  lineEnd(offset: number): number {
    const { line } = this.position(offset);
    let end = line + 1 < this.lineStarts.length ? (this.lineStarts[line + 1] as number) : this.text.length;
    while (end > 0 && end > (this.lineStarts[line] as number) && /[\r\n]/.test(this.text[end - 1] ?? '')) end--;
    return end;
  }
}

/** A 1-based range for people and SARIF. */
export interface LineColumnRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Converts a span of 0-based offsets to a 1-based line/column range. */
export function toLineColumnRange(index: LineIndex, start: number, end: number): LineColumnRange {
  const s = index.lineColumn(start);
  const e = index.lineColumn(end);
  return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
}
