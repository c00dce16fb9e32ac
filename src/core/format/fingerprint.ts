// Stable identities for findings, so CI systems can tell a new finding from one that only moved.
// Pure and free of Node built-ins (no node:crypto): src/core is also bundled for the browser.
import type { Finding } from '../types.js';

/**
 * FNV-1a, 64 bits, over the UTF-8 bytes of `s`, as 16 hex digits. Not cryptographic: it only has to
 * spread findings apart. The 64-bit product is kept in two 32-bit halves (exact in doubles), so no BigInt.
 * Lone surrogates are hashed as U+FFFD, as a UTF-8 encoder would write them.
 */
export function fnv1a64(s: string): string {
  // Offset basis 0xcbf29ce484222325, as high and low halves.
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  const byte = (b: number) => {
    lo = (lo ^ b) >>> 0;
    // h * prime, prime = 2^40 + 0x1b3: h * 0x1b3 plus (h << 40), whose only part below 2^64 is lo << 8 in the high half.
    const low = lo * 0x1b3;
    hi = (Math.imul(hi, 0x1b3) + Math.floor(low / 0x100000000) + Math.imul(lo, 0x100)) >>> 0;
    lo = low >>> 0;
  };
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x80) byte(c);
    else if (c < 0x800) {
      byte(0xc0 | (c >> 6));
      byte(0x80 | (c & 0x3f));
    } else if (c < 0x10000) {
      byte(0xe0 | (c >> 12));
      byte(0x80 | ((c >> 6) & 0x3f));
      byte(0x80 | (c & 0x3f));
    } else {
      byte(0xf0 | (c >> 18));
      byte(0x80 | ((c >> 12) & 0x3f));
      byte(0x80 | ((c >> 6) & 0x3f));
      byte(0x80 | (c & 0x3f));
    }
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}

/** Collapses runs of whitespace, so reflowing a paragraph does not make its findings new. */
function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * The message without the line numbers it cites ("(line 8: ...)"), which move whenever text is added above;
 * the quoted words that follow them stay, and keep two connections to different places apart.
 */
function withoutLines(message: string): string {
  return message.replace(/\blines? \d+(?:\s*[-–]\s*\d+)?/g, 'line');
}

/**
 * The fingerprint of one finding: a hash of its rule, the path, the text it covers (whitespace collapsed)
 * and its message without line numbers. Offsets and lines are left out on purpose, so an edit above the
 * finding keeps its fingerprint. Two findings of one file can share it; `findingFingerprints` tells them apart.
 */
export function findingFingerprint(path: string, text: string, finding: Finding): string {
  // Length-prefixed fields: no choice of separator can make two different inputs hash the same string.
  const fields = [finding.ruleId, path, collapse(text.slice(finding.start, finding.end)), collapse(withoutLines(finding.message))];
  return fnv1a64(fields.map((f) => `${f.length}:${f}`).join(''));
}

/**
 * Fingerprints of all the findings of one file, unique within it: the n-th repeat (n ≥ 1) of a fingerprint, in
 * document order, is hashed again with n. The first occurrence keeps the plain fingerprint, so adding a
 * duplicate below leaves the ones above unchanged.
 */
export function findingFingerprints(path: string, text: string, findings: readonly Finding[]): string[] {
  const out = findings.map((f) => findingFingerprint(path, text, f));
  // Occurrences count in document order, whatever order the rules reported them in (the sort is stable).
  const order = findings.map((f, i) => ({ start: f.start, i })).sort((a, b) => a.start - b.start);
  const seen = new Map<string, number>();
  for (const { i } of order) {
    const base = out[i] as string;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    if (n > 0) out[i] = fnv1a64(`${base}#${n}`);
  }
  return out;
}
