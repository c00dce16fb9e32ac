// What a pull request changed in each design doc: the score before and after, and the checklist items
// gained or lost, for the top of a pull-request comment (`--changed-since` with the markdown format).
import { CHECKLIST } from '../items/index.js';
import type { AnalysisResult, ItemStatus } from '../types.js';
import { STATUS_LABEL } from './report.js';

/** One changed file: its result at the ref (undefined when it is new) and now. */
export interface DocChange {
  path: string;
  before?: AnalysisResult;
  after: AnalysisResult;
}

/** How far an item is covered; not-applicable counts as settled. */
const RANK: Record<ItemStatus, number> = { missing: 0, partial: 1, addressed: 2, 'not-applicable': 2 };

export interface ItemChange {
  id: string;
  title: string;
  from: ItemStatus;
  to: ItemStatus;
}

/** The items whose status went up (gained) or down (lost), in checklist order. */
export function compareItems(before: AnalysisResult | undefined, after: AnalysisResult): { gained: ItemChange[]; lost: ItemChange[] } {
  const gained: ItemChange[] = [];
  const lost: ItemChange[] = [];
  for (const item of CHECKLIST) {
    const to = after.checklist.find((c) => c.id === item.id)?.status ?? 'missing';
    const from = before?.checklist.find((c) => c.id === item.id)?.status ?? 'missing';
    const d = RANK[to] - RANK[from];
    if (d > 0) gained.push({ id: item.id, title: item.title, from, to });
    else if (d < 0) lost.push({ id: item.id, title: item.title, from, to });
  }
  return { gained, lost };
}

const percent = (score: number) => `${Math.round(score * 100)}%`;

function code(s: string): string {
  // A path in a code span: backticks inside it would end the span.
  return '`' + s.replace(/`/g, "'").replace(/\r?\n/g, ' ').replace(/\|/g, '\\|') + '`';
}

/** The Markdown lines of the changes section; empty when no changed file is a design doc. */
export function formatChanges(ref: string, changes: readonly DocChange[]): string[] {
  const docs = changes.filter((c) => c.after.designDoc.designDoc || c.before?.designDoc.designDoc);
  const out = [`### Changes since ${code(ref)}`, ''];
  if (!docs.length) {
    out.push('No design doc changed.', '');
    return out;
  }
  out.push('| Design doc | Before | After | Items gained | Items lost |', '|---|---|---|---|---|');
  const list = (xs: ItemChange[]) => xs.map((x) => `${x.title} (${STATUS_LABEL[x.from]} → ${STATUS_LABEL[x.to]})`).join('; ');
  for (const c of docs) {
    const before = !c.before ? 'new' : c.before.designDoc.designDoc ? percent(c.before.score) : 'not a design doc';
    const after = c.after.designDoc.designDoc ? percent(c.after.score) : 'not a design doc';
    const arrow =
      c.before && c.before.designDoc.designDoc && c.after.designDoc.designDoc
        ? c.after.score > c.before.score
          ? ' ▲'
          : c.after.score < c.before.score
            ? ' ▼'
            : ''
        : '';
    const { gained, lost } = compareItems(c.before, c.after);
    out.push(`| ${code(c.path)} | ${before} | ${after}${arrow} | ${list(gained)} | ${list(lost)} |`);
  }
  out.push('');
  return out;
}
