// The engine's entry point: text in, checklist statuses and findings out.
import { buildModel, ChunkCache } from './model.js';
import { judge, type Judged } from './judge.js';
import { detectDesignDoc } from './designdoc.js';
import { RULES } from './rules/index.js';
import { parseDirectives, directiveFindings, suppressor, validSuppression } from './suppress.js';
import { defaultConfig, type Config } from './config.js';
import type { AnalysisResult, Finding } from './types.js';

export interface AnalyseOptions {
  /** The document's path, a hint for design-doc detection. */
  path?: string;
  config?: Config;
  /** Reuse parsed chunks between calls (the editor passes one per document). */
  cache?: ChunkCache;
  /** Report findings even when the document is not a design doc. */
  reviewAll?: boolean;
}

const KNOWN_RULES = new Set(RULES.map((r) => r.meta.id));

/** Analyses one Markdown document. Never throws on document content. */
export function analyse(text: string, options: AnalyseOptions = {}): AnalysisResult & { judged: Judged } {
  const config = options.config ?? defaultConfig();
  const model = buildModel(text, options.cache);
  const judged = judge(model);
  const designDoc = detectDesignDoc(judged, options.path);
  const findings: Finding[] = [];
  const directives = parseDirectives(judged);
  if (designDoc.designDoc || options.reviewAll) {
    for (const rule of RULES) {
      const setting = config.rules[rule.meta.id];
      if (setting === 'off') continue;
      const raw = rule === validSuppression ? directiveFindings(directives, KNOWN_RULES) : rule.check(judged);
      for (const f of raw) {
        const severity = setting ?? f.severity ?? rule.meta.defaultSeverity;
        findings.push({ ...f, ruleId: rule.meta.id, severity });
      }
    }
  }
  const suppressed = directives.length ? suppressor(directives) : undefined;
  const kept = suppressed ? findings.filter((f) => !suppressed(f)) : findings;
  kept.sort((a, b) => a.start - b.start || a.ruleId.localeCompare(b.ruleId));
  let sum = 0;
  let counted = 0;
  for (const item of judged.items) {
    if (item.status === 'not-applicable') continue;
    counted++;
    sum += item.status === 'addressed' ? 1 : item.status === 'partial' ? 0.5 : 0;
  }
  const result: AnalysisResult & { judged: Judged } = {
    designDoc,
    score: counted ? Math.round((sum / counted) * 100) / 100 : 1,
    checklist: judged.items,
    findings: kept,
    judged,
  };
  if (model.frontMatter) result.frontMatter = model.frontMatter.data;
  return result;
}
