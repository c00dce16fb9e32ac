// What a checklist item's judgement says in words: the facets found (with their lines) and the ones
// lacking. Every output (findings, hovers, text, Markdown, HTML) words an item through this, so the
// wording is the same everywhere.
import { checklistItem } from './items/index.js';
import type { LineIndex } from './positions.js';
import type { FacetResult, ItemResult, Span } from './types.js';

/** The generic facet ("only a passing mention"): never listed as lacking, listed as found only alone. */
export const MENTION_FACET = 'mention';

/** At most this many found and this many lacking facets go into `sentence`. */
export const SENTENCE_LIMIT = 3;

/** A facet the document shows, with the sentence that shows it best. */
export interface FoundFacet {
  facet: FacetResult;
  /** The facet's first evidence sentence. */
  evidence: Span;
  /** 1-based line where that sentence starts. */
  line: number;
  /** `label (line N)`. */
  text: string;
}

export interface ItemExplanation {
  /** Found facets as `label (line N)`, core facets first. */
  found: string[];
  /** Lacking facets as the reviewer says them, core facets first; never the generic `mention`. */
  lacking: string[];
  /** `found, found; lacking, lacking.` with at most 3 of each, or '' when there is nothing to say. */
  sentence: string;
  /** The found facets with their evidence, in the order of `found`. */
  foundFacets: FoundFacet[];
  /** The lacking facets, in the order of `lacking`. */
  lackingFacets: FacetResult[];
}

/** Core facets first, each group in the item's definition order. */
function coreFirst(facets: FacetResult[]): FacetResult[] {
  return [...facets.filter((f) => f.core), ...facets.filter((f) => !f.core)];
}

/**
 * Explains one item: which facets the document shows, where, and which it still lacks. A not-applicable
 * item lacks nothing. The generic `mention` facet counts as found only when nothing more specific is.
 */
export function describeItem(result: ItemResult, index: LineIndex): ItemExplanation {
  const ordered = coreFirst(result.facets);
  const specific = ordered.filter((f) => f.found && f.evidence.length && f.id !== MENTION_FACET);
  const shown = specific.length ? specific : ordered.filter((f) => f.found && f.evidence.length);
  const foundFacets = shown.map((facet): FoundFacet => {
    const evidence = facet.evidence[0] as Span;
    const line = index.lineColumn(evidence.start).line;
    return { facet, evidence, line, text: `${facet.label} (line ${line})` };
  });
  const lackingFacets = lackingOf(result, ordered);
  const found = foundFacets.map((f) => f.text);
  const lacking = [...new Set(lackingFacets.map((f) => f.lacking))];
  return { found, lacking, sentence: joinSentence(found, lacking), foundFacets, lackingFacets };
}

/** What a partial item lacks when the facets are there but its own section still holds only a placeholder. */
const UNWRITTEN_SECTION: FacetResult = {
  id: 'section',
  label: 'has its own section written',
  lacking: 'its own section still holds only a placeholder',
  core: false,
  found: false,
  evidence: [],
};

/**
 * What the item still lacks. An addressed or not-applicable item lacks nothing. A partial item lacks the
 * facets of the nearest way to be addressed (the `addressedWhen` sets missing the fewest facets); a
 * missing item lacks its core facets.
 */
function lackingOf(result: ItemResult, ordered: FacetResult[]): FacetResult[] {
  if (result.status === 'addressed' || result.status === 'not-applicable') return [];
  const byId = new Map(result.facets.map((f) => [f.id, f]));
  const sets = checklistItem(result.id)?.addressedWhen ?? [];
  if (result.status === 'partial' && sets.length) {
    const missing = sets.map((set) => set.filter((id) => !byId.get(id)?.found));
    const fewest = Math.min(...missing.map((m) => m.length));
    // Every facet of a way to be addressed is there, yet the item is partial: its own section is a placeholder.
    if (fewest === 0) return [UNWRITTEN_SECTION];
    const wanted = new Set(missing.filter((m) => m.length === fewest).flat());
    return ordered.filter((f) => wanted.has(f.id));
  }
  if (result.status === 'partial') return ordered.filter((f) => !f.found && f.id !== MENTION_FACET);
  return ordered.filter((f) => !f.found && f.core && f.id !== MENTION_FACET);
}

/** `a, b; c, d.`: what is found, then what is lacking, at most `SENTENCE_LIMIT` of each. */
export function joinSentence(found: string[], lacking: string[], limit = SENTENCE_LIMIT): string {
  const parts = [found.slice(0, limit).join(', '), lacking.slice(0, limit).join(', ')].filter(Boolean);
  return parts.length ? `${parts.join('; ')}.` : '';
}

/** A sentence of the document as a one-line quote: whitespace collapsed, cut at about `max` characters. */
export function quoteSpan(text: string, span: Span, max = 140): string {
  const s = text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  if (s.length <= max) return s;
  // Never cut a surrogate pair in half.
  const cut = s.slice(0, /[\uD800-\uDBFF]/.test(s.charAt(max - 1)) ? max - 1 : max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
