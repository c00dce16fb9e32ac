// Turns the items' facet definitions into matchers, and judges one sentence against them.
import { compilePhrases } from './phrases.js';
import { AnchorIndex, listAnchors } from './anchors.js';
import type { ChecklistItem, FacetDef } from '../items/item.js';

/** A facet, compiled. */
export interface CompiledFacet {
  def: FacetDef;
  /** What the matchers said of sentences already read (see `matchFacet`). */
  cache: Map<string, number>;
  phrases: RegExp;
  /** The ids of `phrases` and `inSection` in `FACET_ANCHORS`. */
  phrasesId: number;
  inSection?: RegExp;
  inSectionId?: number;
  with?: RegExp;
  unless?: RegExp;
}

export interface CompiledItem {
  item: ChecklistItem;
  facets: CompiledFacet[];
  notApplicable?: RegExp;
}

const compiled = new WeakMap<ChecklistItem, CompiledItem>();

/** The anchors of every compiled facet's phrase lists (see `anchors.ts`). */
export const FACET_ANCHORS = new AnchorIndex();

/** The compiled matchers of an item (compiled once). */
export function compileItem(item: ChecklistItem): CompiledItem {
  let c = compiled.get(item);
  if (!c) {
    c = {
      item,
      facets: item.facets.map((def) => ({
        def,
        cache: new Map<string, number>(),
        phrases: compilePhrases(def.phrases),
        phrasesId: FACET_ANCHORS.add(listAnchors(def.phrases)),
        ...(def.inSection?.length ? { inSection: compilePhrases(def.inSection), inSectionId: FACET_ANCHORS.add(listAnchors(def.inSection)) } : {}),
        ...(def.with?.length ? { with: compilePhrases(def.with) } : {}),
        ...(def.unless?.length ? { unless: compilePhrases(def.unless) } : {}),
      })),
      ...(item.notApplicable?.length ? { notApplicable: compilePhrases(item.notApplicable) } : {}),
    };
    compiled.set(item, c);
  }
  return c;
}

/**
 * A sentence that puts its subject off: out of scope, to be decided, later. What it names is not
 * covered yet, whatever words it uses.
 */
const DEFERRED = compilePhrases([
  'out of scope',
  'out-of-scope',
  'not in scope',
  'beyond the scope',
  'to be decided|determined|defined|confirmed|discussed|designed|agreed',
  'not yet decided|defined|designed|planned|known|clear',
  'not been decided|defined|designed|planned',
  'not decided|defined|planned|designed yet',
  'open question*',
  'still open',
  'undecided',
  'future work',
  'left for later|future',
  'in a later|future phase|version|iteration|release|milestone|stage',
  'later phase|stage|milestone',
  'will be added|decided|defined|designed|addressed|handled|considered|covered|revisited|done|built later',
  'will be figured out later',
  'figure* ... out later',
  "we|we'll|will decide|think|look|work ... later",
  'we do|will not plan|intend to',
  "we don't|won't plan|intend to",
  'we|will not monitor*|retrain*|track*|label*|evaluate*|deploy*|measure*|version*|scale*|test*|collect*|build*',
  "we do not|won't|don't monitor*|retrain*|track*|label*|evaluate*|deploy*|measure*|version*|scale*|test*|collect*|build*",
  'no plan* to|for',
  'not planned',
  'not covered here',
  'not covered in this doc*|design',
  'is|are not part of this|the design|the scope|this doc*|v1|the mvp',
  'is|are not part of the first version',
  'not yet',
  'in the future',
  'we would need|have to',
  'would need to be',
  "we'd like to",
  'would like to',
  'we hope to',
  'could|may|might be added',
  'nice to have',
  'wish list',
]);

/** A marker in brackets: "(future)", "(planned)", "(later)". */
const DEFERRED_MARK =
  /\((?:future|planned|later|tbd|todo|phase 2|v2|not implemented|(?:handled|planned|covered|addressed|done|added) in (?:phase|stage|milestone|v(?:ersion)?) ?[2-9])\)/i;

/** Words that negate what follows them in the same clause. */
const NEGATION =
  /(?:^|[\s(])(?:no|not|never|without|nor|neither|lacks?|lacking|absent|none|don't|doesn't|won't|isn't|aren't|can't|cannot|didn't|haven't|hasn't)(?=$|[\s,.;:)])/i;
/** Where a clause ends. */
const CLAUSE_END = /[,;:()—–]|\s-\s|\b(?:but|and|so|while|whereas|then|because|if|when|which|that)\b/gi;

/** Whether the sentence defers its subject ("monitoring is out of scope for v1"). */
export function isDeferred(text: string): boolean {
  return DEFERRED.test(text) || DEFERRED_MARK.test(text);
}

/** Whether the words just before `at`, in the same clause, negate what stands at `at`. */
export function negatedAt(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  let cut = 0;
  CLAUSE_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_END.exec(before)) !== null) cut = m.index + m[0].length;
  const clause = before.slice(cut).split(/\s+/).filter(Boolean).slice(-8).join(' ');
  return NEGATION.test(clause);
}

/** How one facet matched a sentence: found, in another role, or negated. */
export type FacetHit = 'found' | 'negated';

/**
 * Matches a sentence against a facet. `inSection` tells whether the sentence stands under a heading that
 * names the item; `ownSection`, under one that names this item alone. Returns undefined when the facet
 * is not there.
 */
export function matchFacet(f: CompiledFacet, text: string, inSection: boolean, ownSection = inSection, candidates?: Uint8Array): FacetHit | undefined {
  // `candidates` (from `FACET_ANCHORS.candidates(text)`) rules out lists the sentence lacks the words for.
  const phrases = !candidates || candidates[f.phrasesId] === 1;
  const section = f.inSection !== undefined && (!candidates || candidates[f.inSectionId as number] === 1);
  let code = phrases || section ? (remember ? f.cache.get(text) : undefined) : NONE;
  if (code === undefined) {
    // What the phrases say, and what the section-only phrases say: the same for a sentence wherever it
    // stands, so an edit re-reads only the sentences it changed.
    code = (phrases ? evaluate(f, f.phrases, text) : NONE) * 3 + (section ? evaluate(f, f.inSection as RegExp, text) : NONE);
    if (remember) {
      if (f.cache.size >= CACHE_LIMIT) f.cache.clear();
      f.cache.set(text, code);
    }
  }
  const anywhere = Math.floor(code / 3);
  const inSectionHit = code % 3;
  const hit = anywhere !== NONE ? anywhere : inSection ? inSectionHit : NONE;
  if (hit === NONE) return ownSection && f.def.anyInSection ? 'found' : undefined;
  return hit === FOUND ? 'found' : 'negated';
}

/** Whether sentences already read are remembered (see `rememberMatches`). */
let remember = true;

/**
 * Turns the memory of sentences already read on or off. The editor re-reads a document after every edit
 * and gains from it; the command line reads each document once, where remembering only costs memory.
 */
export function rememberMatches(on: boolean): void {
  remember = on;
}

const NONE = 0;
const FOUND = 1;
const NEGATED = 2;
/** Sentences remembered per facet. */
const CACHE_LIMIT = 20_000;

function evaluate(f: CompiledFacet, re: RegExp, text: string): number {
  const at = firstMatches(re, text);
  if (!at.length) return NONE;
  if (f.with && !f.with.test(text)) return NONE;
  if (f.unless && f.unless.test(text)) return NONE;
  // Found when any of its places in the sentence is not negated.
  return at.some((i) => !negatedAt(text, i)) ? FOUND : NEGATED;
}

/** Where a matcher matches in a sentence: the first few places, each after the previous match. */
function firstMatches(re: RegExp, text: string, limit = 4): number[] {
  const out: number[] = [];
  let from = 0;
  while (out.length < limit && from < text.length) {
    const m = re.exec(from ? text.slice(from) : text);
    if (!m) break;
    out.push(from + m.index);
    from += m.index + Math.max(1, m[0].length);
  }
  return out;
}
