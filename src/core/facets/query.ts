// Small queries rules make of a judged document's sentences and facets.
import type { Judged } from '../judge.js';
import type { Sentence } from '../sentences.js';
import type { FacetResult } from '../types.js';

/** The first sentence the author wrote (not guidance, not a placeholder) that matches `re`. */
export function firstContentSentence(doc: Judged, re: RegExp): Sentence | undefined {
  return doc.sentences.find((s, k) => doc.sentenceClass[k] === 'content' && re.test(s.text));
}

/** One facet of one item's result. */
export function facetOf(doc: Judged, itemId: string, facetId: string): FacetResult | undefined {
  return doc.items.find((i) => i.id === itemId)?.facets.find((f) => f.id === facetId);
}
