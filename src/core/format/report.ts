// The report model every output format renders: one entry per analysed file, plus files that failed.
import { LineIndex, toLineColumnRange, type LineColumnRange } from '../positions.js';
import type { AnalysisResult, Finding, ItemStatus } from '../types.js';

/** One analysed file, as the formats need it. */
export interface FileReport {
  /** The path as the user gave it. */
  path: string;
  text: string;
  result: AnalysisResult;
}

/** A file that could not be read. */
export interface FileError {
  path: string;
  message: string;
}

/** One facet of a checklist item in the JSON contract (additive to version 1): found or not, and the sentences that show it. */
export interface JsonFacet {
  id: string;
  found: boolean;
  evidence: LineColumnRange[];
}

/** Another place a finding connects to (additive to version 1): its range and what it says there. */
export type JsonRelated = LineColumnRange & { message: string };

/** The JSON contract (`version: 1`), the interface the product is checked through. */
export interface JsonReport {
  version: 1;
  files: Array<{
    path: string;
    designDoc: boolean;
    score: number;
    checklist: Array<{ id: string; status: ItemStatus; evidence: LineColumnRange[]; facets: JsonFacet[] }>;
    findings: Array<{ ruleId: string; severity: Finding['severity']; message: string; checklistItem?: string; related?: JsonRelated[] } & LineColumnRange>;
  }>;
  errors: FileError[];
}

/** Converts results to the JSON contract, with 1-based lines and UTF-16 columns. */
export function toJsonReport(files: FileReport[], errors: FileError[]): JsonReport {
  return {
    version: 1,
    files: files.map(({ path, text, result }) => {
      const index = new LineIndex(text);
      return {
        path,
        designDoc: result.designDoc.designDoc,
        score: result.score,
        checklist: result.checklist.map((c) => ({
          id: c.id,
          status: c.status,
          evidence: c.evidence.map((e) => toLineColumnRange(index, e.start, e.end)),
          facets: c.facets.map((f) => ({ id: f.id, found: f.found, evidence: f.evidence.map((e) => toLineColumnRange(index, e.start, e.end)) })),
        })),
        findings: result.findings.map((f) => ({
          ruleId: f.ruleId,
          severity: f.severity,
          message: f.message,
          ...(f.checklistItem ? { checklistItem: f.checklistItem } : {}),
          ...toLineColumnRange(index, f.start, f.end),
          ...(f.related?.length ? { related: f.related.map((r) => ({ ...toLineColumnRange(index, r.start, r.end), message: r.message })) } : {}),
        })),
      };
    }),
    errors,
  };
}

export const STATUS_LABEL: Record<ItemStatus, string> = {
  addressed: 'addressed',
  partial: 'partial',
  missing: 'missing',
  'not-applicable': 'n/a',
};

/** Counts of findings per severity. */
export function severityCounts(files: FileReport[]): Record<Finding['severity'], number> {
  const c = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const f of files) for (const x of f.result.findings) c[x.severity]++;
  return c;
}
