// The shape of a checklist item: its contract text, and the signals that tell whether a document covers it.

/** The four areas the report groups items into. */
export type Area = 'framing' | 'requirements' | 'data' | 'lifecycle';

/**
 * One facet of an item: a thing a reviewer looks for (a business metric's numeric target, the drift test
 * of monitoring). Written as readable phrase lists (see `facets/phrases.ts`), one concept per line.
 */
export interface FacetDef {
  /** Kebab-case, stable within the item. */
  id: string;
  /** What the document does when the facet is found ("names what is watched"). */
  label: string;
  /** What a reviewer says when it is lacking ("no drift test or threshold"). */
  lacking: string;
  /** Core facets are the ones `addressedWhen` names; the rest only make an item partial. */
  core?: boolean;
  /** Phrases that show the facet wherever they stand. */
  phrases: readonly string[];
  /** Phrases that show it only under the item's own heading, where the heading gives them their role. */
  inSection?: readonly string[];
  /** Any statement under the item's own heading shows this facet (a generic mention). */
  anyInSection?: boolean;
  /** The sentence must also say one of these: the role the phrase has to play. */
  with?: readonly string[];
  /** A sentence that says one of these uses the words in another role, and is not evidence. */
  unless?: readonly string[];
}

/** One of the 15 checklist items, with what the analyser looks for. */
export interface ChecklistItem {
  id: string;
  title: string;
  area: Area;
  /** The reviewer's question, as the checklist asks it. */
  question: string;
  /** Why it matters, in the book's terms (Markdown, a few sentences, for hovers and docs). */
  rationale: string;
  /** What would satisfy a reviewer. */
  howToFix: string;
  /** Headings that name the item (a strong hint, not proof). */
  heading: RegExp;
  /** What a reviewer looks for, in the order the explanation lists them. */
  facets: readonly FacetDef[];
  /** The item is addressed when every facet of one of these sets is found; partial when any facet is. */
  addressedWhen: ReadonlyArray<readonly string[]>;
  /** Phrases of an explicit, reasoned statement that the item does not apply. */
  notApplicable?: readonly string[];
}
