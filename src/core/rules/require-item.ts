// Coverage rules: one per checklist item, reporting an item the document leaves missing or thin.
import { CHECKLIST, type ChecklistItem } from '../items/index.js';
import { insertSectionFix } from '../insert.js';
import { describeItem } from '../explain.js';
import { LineIndex } from '../positions.js';
import type { Judged } from '../judge.js';
import type { Rule, RawFinding } from './rule.js';

/** The id of the coverage rule for a checklist item. */
export function coverageRuleId(itemId: string): string {
  return `require-${itemId}`;
}

function coverageRule(item: ChecklistItem): Rule {
  return {
    meta: {
      id: coverageRuleId(item.id),
      title: `Cover ${item.title.toLowerCase()}`,
      checklistItem: item.id,
      defaultSeverity: 'warning',
      rationale: item.rationale,
      howToFix: item.howToFix,
    },
    check(doc: Judged): RawFinding[] {
      const result = doc.items.find((r) => r.id === item.id);
      if (!result || result.status === 'addressed' || result.status === 'not-applicable') return [];
      const anchor = result.heading ?? titleSpan(doc);
      // The anchor's first line, up to its line ending (CR, LF or CRLF: never the CR itself).
      const eol = /\r|\n/.exec(doc.model.text.slice(anchor.start, anchor.start + 10_000));
      const lineEnd = eol ? anchor.start + eol.index : -1;
      const end = result.heading ? result.heading.end : lineEnd === -1 ? anchor.end : Math.min(anchor.end, lineEnd);
      const question = item.question.replace(/\?$/, '');
      if (result.status === 'partial') {
        // What is there (with its lines) and what is still lacking, in the words every output uses.
        const explained = describeItem(result, lineIndex(doc));
        // Passing mentions with no section of its own: the section is still to write, so offer it.
        const fix = result.heading ? undefined : insertSectionFix(doc, item.id);
        return [
          {
            start: anchor.start,
            end,
            severity: 'info',
            checklistItem: item.id,
            message: `${item.title} is partial: ${explained.sentence || lowerFirst(item.howToFix)}`,
            related: [
              ...explained.foundFacets.map((f) => ({ ...f.evidence, message: f.facet.label })),
              ...(fix ? [{ start: fix.at, end: fix.at, message: `The "${fix.heading}" section belongs here` }] : []),
            ],
            ...(fix ? { fixes: [fix.fix] } : {}),
          },
        ];
      }
      // A section that exists but still holds placeholders is reported by no-placeholder, where they stand.
      if (result.heading && sectionHasPlaceholder(doc, result.heading.start)) return [];
      const fix = result.heading ? undefined : insertSectionFix(doc, item.id);
      return [
        {
          start: anchor.start,
          end,
          checklistItem: item.id,
          message: `${item.title} is missing (${question.toLowerCase()}?): ${lowerFirst(item.howToFix)}`,
          ...(fix ? { fixes: [fix.fix], related: [{ start: fix.at, end: fix.at, message: `The "${fix.heading}" section belongs here` }] } : {}),
        },
      ];
    },
  };
}

function sectionHasPlaceholder(doc: Judged, headingStart: number): boolean {
  const section = doc.sections.find((s) => s.heading.start === headingStart);
  if (!section) return false;
  return doc.model.units.some((u, k) => doc.unitClass[k] === 'placeholder' && u.start >= section.heading.end && u.start < section.end);
}

function titleSpan(doc: Judged): { start: number; end: number } {
  const h = doc.model.headings[0];
  if (h) return { start: h.start, end: h.end };
  const start = doc.model.frontMatter ? doc.model.frontMatter.end : 0;
  const s = doc.model.text.slice(start).search(/\S/);
  return s === -1 ? { start: 0, end: 0 } : { start: start + s, end: start + s };
}

const indexes = new WeakMap<Judged, LineIndex>();

/** One line index per judged document, shared by the 15 coverage rules. */
function lineIndex(doc: Judged): LineIndex {
  let index = indexes.get(doc);
  if (!index) indexes.set(doc, (index = new LineIndex(doc.model.text)));
  return index;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** The 15 coverage rules, in checklist order. */
export const COVERAGE_RULES: Rule[] = CHECKLIST.map(coverageRule);
