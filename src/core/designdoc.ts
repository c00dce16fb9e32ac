// Decides whether a document is an ML system design doc (or a template of one) at all:
// front matter first, then a logistic regression over readable features (weights from `npm run train`).
import type { DesignDocVerdict } from './types.js';
import type { Judged } from './judge.js';
import { designDocFeatures } from './designdoc-features.js';
import { DESIGN_DOC_MODEL } from './generated/designdoc-weights.js';

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

/** The learnt model's probability that the document is an ML design doc (or a template of one). */
export function designDocProbability(j: Judged, path?: string): number {
  const features = designDocFeatures(j, path);
  let z = DESIGN_DOC_MODEL.bias;
  for (const [name, w] of Object.entries(DESIGN_DOC_MODEL.weights)) z += w * (features[name] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

/** Decides `designDoc` from front matter, then from content with learnt weights (the path is only a feature). */
export function detectDesignDoc(j: Judged, path?: string): DesignDocVerdict {
  const fm = j.model.frontMatter?.data;
  const declared = fm ? fromFrontMatter(fm) : undefined;
  if (declared !== undefined) return { designDoc: declared, reason: 'front-matter', score: declared ? 1 : 0 };
  const p = designDocProbability(j, path);
  return { designDoc: p >= DESIGN_DOC_MODEL.threshold, reason: 'content', score: Math.round(p * 100) / 100 };
}

/** Words in a title or file name that announce a design document. */
const DESIGN_WORDS = /(?:^|[^a-z])(?:design|proposal|rfc)(?:$|[^a-z])/i;

/**
 * A Markdown file that is not (yet) judged a design doc but looks like one being started: its title or
 * file name says design / proposal / RFC, or it already has two sections that name checklist items. The
 * editor asks once whether to review it. A document whose front matter says what it is is never asked.
 */
export function mightBecomeDesignDoc(j: Judged, verdict: DesignDocVerdict, items: ReadonlyArray<{ heading?: unknown }>, path?: string): boolean {
  if (verdict.designDoc || verdict.reason === 'front-matter') return false;
  const title = j.model.headings.find((h) => h.depth <= 2)?.text ?? '';
  const fm = j.model.frontMatter?.data;
  const fmTitle = typeof fm?.title === 'string' ? fm.title : '';
  const base = (path ?? '').split(/[\\/]/).pop() ?? '';
  if (DESIGN_WORDS.test(title) || DESIGN_WORDS.test(fmTitle) || DESIGN_WORDS.test(base.replace(/\.[^.]*$/, ''))) return true;
  return items.filter((i) => i.heading !== undefined).length >= 2;
}
