// Maps decoded text back to its source: a Markdown or HTML text node's value differs from the source
// where the source has character references (`&amp;`), backslash escapes or line prefixes (`> `), so
// one map point per node would drift. This walks both and adds a point wherever they fall back in step.

/** Most characters of one node walked (beyond it, the node keeps its first point only). */
const MAX_WALK = 200_000;

const REFERENCE = /^&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i;

/**
 * Appends flat `[textOffset, sourceOffset - base]` pairs (see `Unit.map`) for `value`, which starts at
 * `outAt` in the unit's text and was decoded from `source[srcStart, srcEnd)`.
 */
export function alignInto(value: string, source: string, srcStart: number, srcEnd: number, outAt: number, base: number, map: number[]): void {
  map.push(outAt, srcStart - base);
  if (value.length > MAX_WALK || value === source.slice(srcStart, srcEnd)) return;
  let v = 0;
  let s = srcStart;
  let inStep = true;
  while (v < value.length && s < srcEnd) {
    const ch = source.charAt(s);
    if (ch === '&') {
      const m = REFERENCE.exec(source.slice(s, s + 40));
      if (m) {
        s += m[0].length;
        // The reference decoded to one character, or two for one outside the Basic Multilingual Plane.
        v += /[\uD800-\uDBFF]/.test(value.charAt(v)) ? 2 : 1;
        inStep = false;
        continue;
      }
    }
    if (value.charAt(v) === ch) {
      if (!inStep) {
        map.push(outAt + v, s - base);
        inStep = true;
      }
      v++;
      s++;
      continue;
    }
    inStep = false;
    if (ch === '\\' || ch === ' ' || ch === '\t' || ch === '>' || ch === '\r') {
      s++;
      continue;
    }
    // A tag the parser dropped between two runs of text.
    if (ch === '<') {
      const tag = /^<\/?[A-Za-z][^<>]{0,200}>/.exec(source.slice(s, s + 210));
      if (tag) {
        s += tag[0].length;
        continue;
      }
    }
    // Fall back in step where the next few characters of the value appear a little further on.
    const probe = value.slice(v, v + 6);
    const j = probe.length >= 3 ? source.indexOf(probe, s) : -1;
    if (j > s && j - s <= 256 && j < srcEnd) {
      s = j;
      continue;
    }
    // A character of the value with no counterpart here (a tab expanded, a line ending normalised).
    v++;
  }
}

/** Trims a mapped text (see `Unit.map`), keeping its map aligned with what is left. */
export function trimMapped(m: { text: string; map: number[] }): { text: string; map: number[] } {
  const lead = m.text.length - m.text.trimStart().length;
  const text = m.text.trim();
  if (!lead && !(m.map[0] !== undefined && m.map[0] < 0)) return { text, map: m.map };
  const map: number[] = [];
  for (let i = 0; i < m.map.length; i += 2) {
    const t = (m.map[i] as number) - lead;
    const src = m.map[i + 1] as number;
    if (t >= 0) map.push(t, src);
    // The last point before the text starts moves to where it starts.
    else if (i + 2 >= m.map.length || (m.map[i + 2] as number) - lead > 0) map.push(0, src - t);
  }
  return { text, map };
}
