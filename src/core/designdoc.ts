// Decides whether a document is an ML system design doc (or a template of one) at all.
import type { DesignDocVerdict } from './types.js';
import type { Judged } from './judge.js';

/** Vocabulary that only ML work uses. */
const ML_TERMS =
  /\b(?:machine learning|\bml\b|models?|training|trained|inference|predictions?|features?|labels?|dataset|classif\w+|regression|embeddings?|llms?|neural|accuracy|precision|recall|fine-?tun\w+|retrain\w*|drift)\b/gi;
/** Titles and labels that say what kind of document this is. */
const DESIGN_TITLE =
  /\b(?:design[- ](?:doc(?:ument)?|review|proposal|spec(?:ification)?)|system design|ml design|proposal|one-?pager|project (?:definition|plan|proposal|design|charter)|prd|product requirements|architecture|technical spec|rfc|kep|report|write-?up)\b/i;
/** Headings of a README or a user guide rather than a design. */
const README_HEADINGS =
  /^(?:installation|install|getting started|quick ?start|usage|how to (?:use|run)|setup|set-?up|license|contributing|contributors|acknowledg\w+|features|requirements\.txt|project structure|directory structure|repository structure|running (?:the )?(?:tests|app|project)|citation|faq|changelog|table of contents|prerequisites)\b/i;
/** Phrases of a lesson or guide that teaches design in general. */
const GUIDE_PHRASES =
  /\b(?:in this (?:lesson|chapter|course|section|post|article|guide|tutorial)|we(?:'ll| will) (?:learn|cover|discuss|explore)|you(?:'ll| will) learn|this (?:lesson|chapter|course)|for example, (?:if|a|an|the) (?:company|team)|learning objectives?|when designing|how to design)\b/gi;

/** Words that hedge: what a guide or a proposal for a general API says, not what a design commits to. */
const HEDGES = /\b(?:can|could|may|might|typically|usually|often|e\.g\.|for example|for instance|such as)\b/gi;

/** Front matter keys and values that declare the document type. */
function fromFrontMatter(data: Record<string, unknown>): boolean | undefined {
  for (const key of ['mlDesignReview', 'designDoc', 'design-doc', 'ml-design-doc']) {
    const v = data[key];
    if (typeof v === 'boolean') return v;
    if (v && typeof v === 'object' && typeof (v as Record<string, unknown>).designDoc === 'boolean') return (v as Record<string, boolean>).designDoc;
  }
  for (const key of ['type', 'kind', 'doc_type', 'doctype', 'docType', 'category', 'template']) {
    const v = data[key];
    if (typeof v === 'string' && /\bdesign[- ]?doc|\bml[- ]design|system[- ]design/i.test(v)) return true;
  }
  const tags = data.tags;
  if (Array.isArray(tags) && tags.some((t) => typeof t === 'string' && /^(?:ml-)?design-doc$/i.test(t))) return true;
  return undefined;
}

/** Decides `designDoc` from front matter, then path, then content. */
export function detectDesignDoc(j: Judged, path?: string): DesignDocVerdict {
  const fm = j.model.frontMatter?.data;
  const declared = fm ? fromFrontMatter(fm) : undefined;
  if (declared !== undefined) return { designDoc: declared, reason: 'front-matter', score: declared ? 1 : 0 };

  const text = j.model.units.map((u) => u.text).join('\n');
  const words = Math.max(1, text.split(/\s+/).length);
  const mlHits = (text.match(ML_TERMS) ?? []).length + j.model.headings.map((h) => h.text.match(ML_TERMS)?.length ?? 0).reduce((a, b) => a + b, 0);
  const mlDensity = mlHits / words;
  const itemHeadings = new Set<string>();
  for (const item of j.items) if (item.heading) itemHeadings.add(item.id);
  const found = j.items.filter((i) => i.status !== 'missing').length;
  const title = (j.model.headings[0]?.text ?? '') + ' ' + String(fm?.title ?? '');
  const readme = j.model.headings.filter((h) => README_HEADINGS.test(h.text.replace(/^[^\w]+/, ''))).length;
  const guide = (text.match(GUIDE_PHRASES) ?? []).length;
  const secondPerson = (text.match(/\b(?:you|your|you're|you'll)\b/gi) ?? []).length / words;
  const firstPerson = (text.match(/\b(?:we|our|us|we'll|we're)\b/gi) ?? []).length / words;

  const prompts = j.unitClass.filter((c) => c !== 'content').length / Math.max(1, j.unitClass.length);
  let score = 0;
  score += Math.min(3, itemHeadings.size / 2);
  // Not about ML at all: a generic software RFC or README.
  // A template says little in prose; its headings show whether it is an ML design template.
  score += mlDensity > 0.012 || (j.templateLike && itemHeadings.size >= 4 && mlDensity > 0.006) ? 1.5 : -3;
  // A design commits to choices; guides and API proposals speak in possibilities ("can", "should", "e.g.").
  const hedges = (text.match(HEDGES) ?? []).length / words;
  if (hedges > 0.012 && prompts < 0.9 && !j.declaredTemplate) score -= 3;
  score += DESIGN_TITLE.test(title) ? 1 : 0;
  score += j.templateLike ? 1 : 0;
  score += j.declaredTemplate ? 1 : 0;
  score += Math.min(2, found / 6);
  score -= readme * 1.2;
  score -= Math.min(3, guide);
  // Addressing the reader as "you" is what guides do; templates do it too, but say little else.
  score -= secondPerson > 0.01 && prompts < 0.9 && !j.declaredTemplate ? 2 : 0;
  score += firstPerson > 0.005 ? 0.5 : 0;
  if (path) {
    const p = path.replace(/\\/g, '/').toLowerCase();
    if (/(?:^|\/)(?:design[-_ ]?docs?|designs?|ml[-_]design|proposals?|rfcs?)(?:\/|$)|design[-_]?doc|system[-_]design/.test(p)) score += 1.5;
    if (/(?:^|\/)readme\.(?:md|markdown)$/.test(p)) score -= 1;
    if (/(?:^|\/)(?:changelog|contributing|license|code_of_conduct)\.md$/.test(p)) score -= 5;
  }
  return { designDoc: score >= 3, reason: 'content', score: Math.round(score * 100) / 100 };
}
