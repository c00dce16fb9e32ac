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
  const level = Math.max(2, Math.min(6, headingLevel(doc, template.depth)));
  const body = `${'#'.repeat(level)} ${template.heading}${eol}${eol}${template.body.trim().replace(/\r?\n/g, eol)}${eol}`;

  let at: number | undefined;
  for (let k = idx - 1; k >= 0 && at === undefined; k--) {
    const r = doc.items.find((i) => i.id === order[k]);
    if (r?.heading) {
      const s = doc.sections.find((sec) => sec.heading.start === r.heading!.start);
      if (s) at = s.end;
    }
  }
  if (at === undefined) {
    for (let k = idx + 1; k < order.length && at === undefined; k++) {
      const r = doc.items.find((i) => i.id === order[k]);
      if (r?.heading) {
        // Before a deeper heading, go up to the outermost section the new one may not sit inside.
        let k = doc.sections.findIndex((sec) => sec.heading.start === r.heading!.start);
        while (k >= 0) {
          const parent = (doc.sections[k] as { parent: number }).parent;
          if (parent < 0 || (doc.sections[parent]!.heading.depth < level)) break;
          k = parent;
        }
        at = k >= 0 ? doc.sections[k]!.heading.start : r.heading.start;
      }
    }
  }
  if (at === undefined) at = text.length;
  // Keep one blank line before and after the new section.
  let prefix = '';
  const before = text.slice(Math.max(0, at - 2), at);
  if (at > 0 && !before.endsWith('\n')) prefix = eol + eol;
  else if (at > 1 && !/\n\r?\n$/.test(text.slice(Math.max(0, at - 3), at))) prefix = eol;
  const suffix = at < text.length ? eol : '';
  return { fix: { title: `Insert a "${template.heading}" section`, edits: [{ start: at, end: at, text: prefix + body + suffix }] }, at, heading: template.heading };
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
