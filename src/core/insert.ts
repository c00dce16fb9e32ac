// Where a missing section goes: after the section that precedes it in the template, not blindly at the end.
import { SECTION_TEMPLATES } from './templates.js';
import type { Judged } from './judge.js';
import type { Fix } from './types.js';

/** A fix that inserts the skeleton of an item's section at its place in the template order. */
export function insertSectionFix(doc: Judged, itemId: string): { fix: Fix; at: number; heading: string } | undefined {
  const order = SECTION_TEMPLATES.map((t) => t.itemId);
  const idx = order.indexOf(itemId);
  const template = SECTION_TEMPLATES[idx];
  if (!template) return undefined;
  const text = doc.model.text;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const sectionOf = (id: string | undefined) => {
    const r = doc.items.find((i) => i.id === id);
    return r?.heading ? doc.sections.findIndex((sec) => sec.heading.start === r.heading!.start) : -1;
  };
  const templateDepth = (id: string | undefined) => SECTION_TEMPLATES.find((t) => t.itemId === id)?.depth ?? 2;

  // The neighbouring item section in template order decides both where the new section goes and its level:
  // the new section is that section's sibling, so it never nests inside an unrelated section.
  let at: number | undefined;
  let level: number | undefined;
  for (let k = idx - 1; k >= 0 && at === undefined; k--) {
    let s = sectionOf(order[k]);
    if (s < 0) continue;
    // After a requirement sub-section (template depth 3) comes a top-level section: go up to the group.
    if (template.depth < templateDepth(order[k])) s = groupOf(doc, s);
    at = doc.sections[s]!.end;
    level = siblingLevel(doc, s);
  }
  for (let k = idx + 1; k < order.length && at === undefined; k++) {
    let s = sectionOf(order[k]);
    if (s < 0) continue;
    if (template.depth < templateDepth(order[k])) s = groupOf(doc, s);
    at = doc.sections[s]!.heading.start;
    level = siblingLevel(doc, s);
  }
  if (at === undefined || level === undefined) {
    at = text.length;
    level = headingLevel(doc, template.depth);
    // At the end, stay a sibling of the outermost open section below the title, not its child.
    let s = doc.sections.length - 1;
    let ceiling = Infinity;
    for (; s >= 0; s = doc.sections[s]!.parent) if (!isTitle(doc, s)) ceiling = doc.sections[s]!.heading.depth;
    level = Math.max(2, Math.min(level, ceiling));
  }
  level = Math.max(1, Math.min(6, level));
  const body = `${'#'.repeat(level)} ${template.heading}${eol}${eol}${template.body.trim().replace(/\r?\n/g, eol)}${eol}`;

  // Keep one blank line before and after the new section.
  let prefix = '';
  const before = text.slice(Math.max(0, at - 2), at);
  if (at > 0 && !before.endsWith('\n')) prefix = eol + eol;
  else if (at > 1 && !/\n\r?\n$/.test(text.slice(Math.max(0, at - 3), at))) prefix = eol;
  const suffix = at < text.length ? eol : '';
  return {
    fix: { title: `Insert section "${template.heading}"`, edits: [{ start: at, end: at, text: prefix + body + suffix }] },
    at,
    heading: template.heading,
  };
}

/** The heading level a new section should take: the level most item headings use, else the template's. */
function headingLevel(doc: Judged, templateDepth: number): number {
  const depths = doc.items.flatMap((i) => (i.heading ? [doc.model.headings.find((h) => h.start === i.heading!.start)?.depth ?? 2] : []));
  if (!depths.length) return templateDepth;
  const counts = new Map<number, number>();
  for (const d of depths) counts.set(d, (counts.get(d) ?? 0) + 1);
  const common = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
  return common + (templateDepth - 2);
}

/** The level of a section inserted next to section `s`: its own, or one below it when `s` is the title. */
function siblingLevel(doc: Judged, s: number): number {
  const depth = doc.sections[s]!.heading.depth;
  return isTitle(doc, s) ? depth + 1 : depth;
}

/** The section that groups section `s` with its siblings (e.g. "Requirements" above "Reliability"), unless that is the title. */
function groupOf(doc: Judged, s: number): number {
  const parent = doc.sections[s]!.parent;
  return parent >= 0 && !isTitle(doc, parent) ? parent : s;
}

/** The document's title: the one top-level section that holds all others. */
function isTitle(doc: Judged, s: number): boolean {
  const sec = doc.sections[s]!;
  return sec.parent < 0 && doc.sections.every((o, i) => i === s || o.parent >= 0);
}
