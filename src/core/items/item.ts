// The shape of a checklist item: its contract text, and the signals that tell whether a document covers it.

/** The four areas the report groups items into. */
export type Area = 'framing' | 'requirements' | 'data' | 'lifecycle';

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
  /** Specific statements: a content unit matching one addresses the item. */
  strong: RegExp;
  /** Generic mentions: at most partial. */
  weak?: RegExp;
  /** An explicit, reasoned statement that the item does not apply. */
  notApplicable?: RegExp;
}
