// Tells template guidance and placeholders apart from content an author actually wrote.

/** Placeholders a template leaves for the author; each is a finding and never counts as content. */
export const PLACEHOLDER =
  /\b(?:TBD|TBA|TBC|TODO|FIXME|XXX+)\b|\[(?:More Information Needed|[^\]\n]{0,40}\b(?:here|TBD|insert|describe|your|name|link|placeholder)\b[^\]\n]{0,40})\](?!\()|(?<!\\)<(?!\/?(?:br|p|div|span|img|a|b|i|em|strong|sub|sup|details|summary|kbd|code|pre|hr|table|tr|td|th|tbody|thead|ul|ol|li|dl|dt|dd|center|font|u|s|small|picture|source|video|audio|iframe|h[1-6]|blockquote|section|figure|figcaption|caption|abbr|mark|del|ins|q|script|style|svg|path|input|label|button|form)(?=[\s>]|\/>))(?!https?:|mailto:|!--)[A-Za-z][^<>\n]{0,200}>|\{\{[^}\n]*\}\}|\blorem ipsum\b/gi;

/**
 * A value left as a variable ("by X%", "under X ms", "higher than X", "$X"): case-sensitive, so a
 * lower-case x in a formula is not one. Kept apart from PLACEHOLDER, which ignores case.
 */
export const VALUE_PLACEHOLDER =
  /\bX{1,2}(?:[.,]X+)?\s?(?:%|ms\b|milliseconds?\b|sec(?:onds?)?\b|minutes?\b|hours?\b|days?\b|weeks?\b|months?\b|[kKmM]\b|qps\b|rps\b|users\b|requests\b|GB\b|TB\b|USD\b)|\$\s?X+\b|(?<=\b(?:than|of|to|by|under|below|above|within|least|most|from|about|around|approximately|reach|hit)\s+)X{1,2}\b(?![-'’.]\w)(?:\s?%)?(?=\s*(?:[.,;:)!?]|$|\b(?:on|in|for|by|per|at|within|and|or|after|before|over|under)\b))/g;

/**
 * A form field left as its description in brackets: "Source: [Where data comes from]", a bracketed list of
 * options to choose from ("[REST API / Batch inference]"), or a bracketed description opening a line. Words
 * in brackets that are a link ("[text](url)", "[text][ref]"), a checkbox ("[ ]", "[x]") or a citation
 * ("[1]", "[Smith 2020]" without a colon before it) are not; a single word is not either. Lengths are
 * bounded so a long line with an unclosed bracket is read in linear time.
 */
export const FORM_PLACEHOLDER =
  /(?:(?<=:[ \t]{0,3})|(?<=^[ \t]{0,3}))\[[A-Za-z][^\]\n[]{0,60}?\s[^\]\n[]{0,60}\](?![([:])|\[[^\]\n[/]{0,60}\S\s\/\s\S[^\]\n[]{0,120}\](?![([:])/gm;

/** Every placeholder in `text`, in order: all three patterns, without overlaps. */
export function placeholderMatches(text: string): Array<{ index: number; text: string }> {
  const out: Array<{ index: number; text: string }> = [];
  for (const re of [new RegExp(PLACEHOLDER.source, 'gi'), new RegExp(VALUE_PLACEHOLDER.source, 'g'), new RegExp(FORM_PLACEHOLDER.source, 'gm')]) {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      out.push({ index: m.index, text: m[0] });
    }
  }
  out.sort((a, b) => a.index - b.index);
  return out.filter((m, i) => i === 0 || m.index >= out[i - 1]!.index + out[i - 1]!.text.length);
}

/** Whether `text` holds a placeholder. */
export function hasPlaceholder(text: string): boolean {
  PLACEHOLDER.lastIndex = 0;
  VALUE_PLACEHOLDER.lastIndex = 0;
  FORM_PLACEHOLDER.lastIndex = 0;
  return PLACEHOLDER.test(text) || VALUE_PLACEHOLDER.test(text) || FORM_PLACEHOLDER.test(text);
}

/** Verbs a template uses to tell its reader what to write. */
const IMPERATIVE =
  /^(?:\W*)(?:please\s+|briefly\s+|clearly\s+|concisely\s+|also\s+|then\s+|first,?\s+|here,?\s+)*(?:be|be sure|make sure|ensure|follow|complete|remember|keep in mind|feel free|refer to|see|check|ask yourself|try to|avoid|don't|do not|describe|list|explain|specify|define|outline|provide|include|state|identify|summari[sz]e|document|add|write|enter|fill|insert|mention|discuss|detail|elaborate|consider|think about|give|show|clarify|justify|link|attach|note down|enumerate|indicate|highlight|capture|estimate|determine|decide|answer|record|select|choose|pick|draw|sketch|propose|suggest|fill in|use this|replace|share|clarify|list out|jot down)\b/i;

/** Question openers; a question left in the text is a prompt, not an answer. */
const QUESTION_OPENER = /^(?:\W*)(?:what|how|why|who|which|when|where|is|are|do|does|did|can|could|should|will|would|have|has)\b/i;

/** A question written without its question mark ("What the model predicts and why"). */
const EMBEDDED_QUESTION = /^(?:\W*)(?:what|which|whether|how|why|who)\b(?!\s+(?:is|are)\s+(?:shown|described)\b)/i;

/** A noun phrase that asks for content ("Description of the data sources"). */
const NOUN_PROMPT =
  /^(?:\W*)(?:a |an |the )?(?:brief |short |detailed |high[- ]level |clear |one[- ]line |concise )?(?:description|definition|list|overview|summary|explanation|justification|estimate|assessment|analysis|breakdown|discussion|names?|details|examples?|links?|diagram|sketch|statement) (?:of|for|to)\b/i;

/** Text about the document itself rather than the system: how to fill a section in. */
const ABOUT_THE_DOCUMENT =
  /\b(?:this (?:section|template|document|doc|stage|part) (?:should|must|can|may|is (?:where|for|to|meant|intended)|explains|details|describes|covers|discusses|includes|contains|lists|outlines|summari[sz]es|presents|captures)|(?:the|each|this) section (?:should|must|is only|can)|sections? \d[\d.]*\b|in this template|the template|describe|should (?:include|contain|cover|describe|answer|list|explain|state)|should be (?:described|listed|explained|stated|defined|documented|framed|written|noted|filled)|fill(?:ing|ed)? (?:in|out) (?:the|this)|not required for all|(?:respective|following|corresponding) sections?)\b/i;

/** Words that show a sentence states something, not just names a topic. */
const FINITE =
  /\b(?:is|are|was|were|will|be|been|being|has|have|had|can|could|should|would|may|might|must|shall|we|our|us|it|its|they|their|this|these|which|that|uses|used|using|runs|stores|stored|reads|writes|sends|serves|served|trains|trained|predicts|computes|computed|collects|collected|provides|takes|gets|comes|needs|requires|allows|increases|reduces|improves|measures|measured)\b/i;

/** Marks that a fragment is specific: a number, a named product, an identifier or a symbol. */
const SPECIFIC = /\d|[a-z][A-Z]|[A-Z]{2,}[a-z]|[%$€£@≥≤<>=]/;

/** What a unit of text is, for the purpose of judging the checklist. */
export type UnitClass = 'content' | 'guidance' | 'placeholder' | 'fragment';

/** Whether a unit is guidance text of a template, a placeholder, or content. */
export function classifyText(text: string): UnitClass {
  // A leading label ("Purpose:", "**Goal**:") does not change what the rest of the text is.
  const whole = text.trim();
  // A leading instruction or question ("Describe how the model is served: ...") makes it all guidance.
  const label = /^([^.:?!]{1,60}):\s+(?=\S)/.exec(whole);
  if (label && IMPERATIVE.test(label[1] as string) && !/\b(?:we|our)\b/i.test(label[1] as string)) return 'guidance';
  const t = whole.replace(/^[^.:?!]{1,40}:\s+(?=\S)/, '');
  const placeholder = hasPlaceholder(t);
  const words = t.split(/\s+/).filter(Boolean);
  // A unit that still holds a placeholder is not finished: it is never evidence, however much else it says.
  if (placeholder) return 'placeholder';
  if (words.length === 0) return 'placeholder';
  // A sentence that ends in a question mark, or a run of questions.
  // A question mark after a word ends a question; "(???)" or "??" beside a statement marks the author's doubt.
  const questions = (t.match(/(?<=[\w'"’`*_])\?(?=\s|$|\)|\*|_)/g) ?? []).length;
  const sentences = Math.max(1, (t.match(/[.!?](?=\s|$)/g) ?? []).length);
  if (questions > 0 && questions >= sentences / 2) return 'guidance';
  if (questions > 0 && QUESTION_OPENER.test(t) && words.length < 30) return 'guidance';
  if (IMPERATIVE.test(t) && !/\b(?:we|our)\b/i.test(t.split(/[.:;]/)[0] ?? '')) return 'guidance';
  if (EMBEDDED_QUESTION.test(t) || NOUN_PROMPT.test(t) || ABOUT_THE_DOCUMENT.test(t)) return 'guidance';
  if (/^\(?\s*(?:e\.g\.|for example|example:|optional[:)]|required[:)])/i.test(t) && words.length < 25) return 'guidance';
  if (/\b(?:you|your)\b/i.test(t) && !/\b(?:we|our)\b/i.test(t) && words.length < 60) return 'guidance';
  if (/^(?:goal|non-goal|requirement|metric|step|item|option|risk|feature|milestone|task|question)\s*\d+\s*[:.]?$/i.test(t)) return 'placeholder';
  // A short fragment that states nothing names a topic: a prompt in a template, a note elsewhere.
  if (words.length <= 12 && !FINITE.test(t)) return 'fragment';
  return 'content';
}

/**
 * Verbs that open a goal or a design decision written as a bullet ("Decrease repetitive support
 * requests", "Retrain weekly on the last 90 days"): the author says what the system does or is for. A
 * template's prompts open with verbs of writing instead ("Describe ...", "List ..."), which IMPERATIVE
 * catches first.
 */
const ACTION_OPENER =
  /^\W*(?:reduce|decrease|increase|improve|minimi[sz]e|maximi[sz]e|prevent|lower|raise|boost|cut|speed up|shorten|automate|detect|predict|classify|rank|recommend|flag|route|catch|forecast|personali[sz]e|retrain|monitor|alert|log|track|serve|cache|store|stream|batch|deploy|train|label|sample|split|collect|ingest|validate|version|retry|fall back|roll back|roll out|scale|shard|replicate|encrypt|anonymi[sz]e|help|enable|support|protect|keep|deliver|provide users|let users|allow users)\s+\S/i;

/** Whether a fragment carries content of its own (a number, a product name) or is long enough to be a note. */
export function fragmentIsContent(text: string): boolean {
  return text.split(/\s+/).length >= 6 || SPECIFIC.test(text) || ACTION_OPENER.test(text);
}

/** Removes placeholders from text, leaving what the author wrote around them. */
export function stripPlaceholders(text: string): string {
  return text.replace(PLACEHOLDER, ' ').replace(VALUE_PLACEHOLDER, ' ').replace(FORM_PLACEHOLDER, ' ');
}

/** A heading that is itself a prompt ("What is the business goal?"). */
export function isQuestionHeading(text: string): boolean {
  return /\?\s*$/.test(text);
}
