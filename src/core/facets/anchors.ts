// A cheap first look before the regular expressions: which phrase lists could match a sentence at all.
//
// Every phrase has words it cannot match without ("monitor*" in "monitor* ... drift"). Collecting one such
// word per phrase gives each compiled list a set of anchors, and one index over all lists answers, from a
// sentence's words alone, which lists are worth running. Most sentences name nothing a given facet looks
// for, so most regular expressions are never run. The answer errs only one way: a list the index rules
// out cannot match (the anchors are words the expression itself requires, read by the same rules).

/** Words a phrase list cannot match without: whole words, and word beginnings. Undefined: no such words. */
export interface Anchors {
  exact: string[];
  prefix: string[];
}

const WORD = /^[A-Za-z0-9_]+/;

/** The anchor one alternative of a token gives, or undefined when it starts with punctuation. */
function alternativeAnchor(alt: string): { word: string; prefix: boolean } | undefined {
  const star = alt.endsWith('*');
  const body = star ? alt.slice(0, -1) : alt;
  const m = WORD.exec(body);
  if (!m) return undefined;
  const word = m[0].toLowerCase();
  const next = body.charAt(m[0].length);
  // After a hyphen (which may match nothing) or a digit mark, more word characters may follow.
  const prefix = star || next === '-' || next === '#';
  return { word, prefix };
}

/** The anchors of one phrase: the alternatives of one token the phrase requires, or undefined. */
function phraseAnchors(phrase: string): Anchors | undefined {
  let best: Anchors | undefined;
  let bestScore = -1;
  for (const token of phrase.trim().split(/\s+/)) {
    if (!token || token === '^' || token === '...' || token === '....' || token === '#' || token === '##') continue;
    if (/^\(.*\)$/.test(token)) continue; // optional
    const anchors: Anchors = { exact: [], prefix: [] };
    let usable = true;
    let shortest = Infinity;
    for (const alt of token.split('|')) {
      const a = alternativeAnchor(alt);
      if (!a) {
        usable = false;
        break;
      }
      (a.prefix ? anchors.prefix : anchors.exact).push(a.word);
      // A short or open-ended word is a weak filter.
      shortest = Math.min(shortest, a.word.length - (a.prefix ? 2 : 0));
    }
    if (usable && shortest > bestScore) {
      best = anchors;
      bestScore = shortest;
    }
  }
  return best;
}

/** The anchors of a phrase list; undefined when some phrase has none (the list is always run). */
export function listAnchors(phrases: readonly string[]): Anchors | undefined {
  const all: Anchors = { exact: [], prefix: [] };
  for (const p of phrases) {
    const a = phraseAnchors(p);
    if (!a) return undefined;
    all.exact.push(...a.exact);
    all.prefix.push(...a.prefix);
  }
  return all;
}

const SENTENCE_WORD = /[A-Za-z0-9_]+/g;

/** One index over many phrase lists. */
export class AnchorIndex {
  private readonly exact = new Map<string, number[]>();
  private readonly prefix = new Map<string, number[]>();
  private lengths: number[] = [];
  private readonly always: number[] = [];
  private count = 0;

  /** Adds a list; returns its id. */
  add(anchors: Anchors | undefined): number {
    const id = this.count++;
    if (!anchors) {
      this.always.push(id);
      return id;
    }
    for (const w of anchors.exact) push(this.exact, w, id);
    for (const w of anchors.prefix) push(this.prefix, w, id);
    this.lengths = [...new Set([...this.prefix.keys()].map((w) => w.length))].sort((a, b) => a - b);
    return id;
  }

  /** How many lists the index holds. */
  get size(): number {
    return this.count;
  }

  /** Which lists could match the text: 1 at a list's id when it could. */
  candidates(text: string): Uint8Array {
    const out = new Uint8Array(this.count);
    for (const id of this.always) out[id] = 1;
    SENTENCE_WORD.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = SENTENCE_WORD.exec(text)) !== null) {
      const w = m[0].toLowerCase();
      const ids = this.exact.get(w);
      if (ids) for (const id of ids) out[id] = 1;
      for (const n of this.lengths) {
        if (n > w.length) break;
        const p = this.prefix.get(n === w.length ? w : w.slice(0, n));
        if (p) for (const id of p) out[id] = 1;
      }
    }
    return out;
  }
}

function push(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (list[list.length - 1] !== id) list.push(id);
}
