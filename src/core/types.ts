// Shared types of the analyser: checklist statuses, findings and the fixes they carry.

/** How serious a finding is; `off` disables a rule. */
export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

/** The status the checklist contract gives each item. */
export type ItemStatus = 'addressed' | 'partial' | 'missing' | 'not-applicable';

/** A half-open span of the document: 0-based UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}

/** A text edit expressed on the analysed text: replace [start, end) by `text` (0-based UTF-16 offsets). */
export interface TextEdit extends Span {
  text: string;
}

/** A fix is data: a title and the edits that apply it. Applying it twice must change nothing more. */
export interface Fix {
  title: string;
  edits: TextEdit[];
}

/** One problem the analyser reports. */
export interface Finding extends Span {
  ruleId: string;
  severity: Severity;
  message: string;
  /** The checklist item the finding is about, when there is one. */
  checklistItem?: string;
  /** Places that explain the finding (evidence, or where a section belongs). */
  related?: Array<Span & { message: string }>;
  /** Fixes the editor can offer, in order of preference. */
  fixes?: Fix[];
}

/** One facet of a checklist item (what a reviewer looks for), found or not, with the sentences that show it. */
export interface FacetResult {
  /** Kebab-case, stable within its item (e.g. `target` of `business-metric`). */
  id: string;
  /** What the document does when the facet is found, e.g. "names what is watched". */
  label: string;
  /** What a reviewer says when it is lacking, e.g. "no drift test or threshold". */
  lacking: string;
  /** Core facets decide `addressed`; the others only make an item partial. */
  core: boolean;
  found: boolean;
  /** The sentences that make the claim (best first, at most 3). */
  evidence: Span[];
}

/** The judgement of one checklist item on one document. */
export interface ItemResult {
  id: string;
  status: ItemStatus;
  /** Every facet of the item, in its definition's order. */
  facets: FacetResult[];
  /** Where the document addresses the item (best evidence first). */
  evidence: Span[];
  /** The heading that maps to this item, if the document has one. */
  heading?: Span;
}

/** Why the analyser believes the document is (or is not) an ML design doc. */
export interface DesignDocVerdict {
  designDoc: boolean;
  /** Which signal decided: front matter, path, or content. */
  reason: 'front-matter' | 'path' | 'content';
  score: number;
}

/** Everything the analyser says about one document. */
export interface AnalysisResult {
  designDoc: DesignDocVerdict;
  /** Addressed = 1, partial = 0.5, not-applicable excluded; over the checklist items. */
  score: number;
  checklist: ItemResult[];
  findings: Finding[];
  /** Problems with inline suppression comments (unknown rule, missing reason). */
  frontMatter?: Record<string, unknown>;
}
