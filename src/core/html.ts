// Reads the prose inside raw HTML blocks (<p>, <ol><li>, <details>, <table>, <h2>) with a real HTML
// parser, so a design doc written partly in HTML is read like one written in Markdown.
import { fromHtml } from 'hast-util-from-html';
import type { Nodes as HastNodes, Element } from 'hast';
import { alignInto, trimMapped } from './align.js';

/** A block of prose found in HTML; offsets are relative to the HTML node's start. */
export interface HtmlUnit {
  text: string;
  map: number[];
  start: number;
  end: number;
  inList: boolean;
}

export interface HtmlBlocks {
  units: HtmlUnit[];
  headings: Array<{ depth: number; text: string; start: number; end: number }>;
  comments: Array<{ text: string; start: number; end: number }>;
}

/** Elements that start a new block of prose. */
const BLOCK = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'td',
  'th',
  'summary',
  'blockquote',
  'div',
  'section',
  'article',
  'caption',
  'figcaption',
  'details',
  'ul',
  'ol',
  'dl',
  'table',
  'thead',
  'tbody',
  'tr',
  'body',
  'html',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'center',
  'form',
  'fieldset',
  'pre',
]);
/** Elements whose text is not prose. */
const SKIP = new Set(['script', 'style', 'code', 'pre', 'svg', 'math', 'template', 'noscript', 'textarea', 'select', 'button']);
const HEADING = /^h([1-6])$/;

/** Limits the work on a pathological block: at most this many nodes are visited. */
const MAX_NODES = 50_000;

/** Parses an HTML block and returns its prose blocks, headings and comments. */
export function htmlBlocks(html: string): HtmlBlocks {
  const out: HtmlBlocks = { units: [], headings: [], comments: [] };
  if (!/<[a-z]/i.test(html)) return out;
  let tree: HastNodes;
  try {
    tree = fromHtml(html, { fragment: true });
  } catch {
    return out;
  }
  let visited = 0;
  // Current open block: text gathered so far.
  type Open = { text: string; map: number[]; start: number; end: number; inList: boolean };
  const flush = (b: Open) => {
    // Whitespace becomes plain spaces of the same length, so the map stays exact; the ends are trimmed.
    const norm = b.text.replace(/\s/g, ' ');
    const { text, map } = trimMapped({ text: norm, map: b.map });
    if (!text) return;
    out.units.push({ text, map, start: b.start, end: b.end, inList: b.inList });
  };
  const walk = (node: HastNodes, block: Open | undefined, inList: boolean): void => {
    // Iterative over siblings, recursive over depth only as deep as the parser nested it (capped).
    if (++visited > MAX_NODES) return;
    if (node.type === 'comment') {
      const s = node.position?.start.offset;
      const e = node.position?.end.offset;
      if (s !== undefined && e !== undefined) out.comments.push({ text: html.slice(s, e), start: s, end: e });
      return;
    }
    if (node.type === 'text') {
      const s = node.position?.start.offset;
      if (block && s !== undefined) {
        alignInto(node.value, html, s, node.position?.end.offset ?? s + node.value.length, block.text.length, block.start, block.map);
        block.text += node.value;
        block.end = Math.max(block.end, node.position?.end.offset ?? s);
      }
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    const el = node as Element;
    const tag = node.type === 'element' ? el.tagName : 'root';
    if (SKIP.has(tag)) return;
    const s = node.position?.start.offset ?? 0;
    const e = node.position?.end.offset ?? s;
    const h = HEADING.exec(tag);
    if (h) {
      const b: Open = { text: '', map: [], start: s, end: e, inList };
      for (const c of el.children) walk(c, b, inList);
      const text = b.text.trim().replace(/\s+/g, ' ');
      if (text) out.headings.push({ depth: Number(h[1]), text, start: s, end: e });
      return;
    }
    if (tag === 'br' && block) {
      block.text += ' ';
      return;
    }
    if (BLOCK.has(tag) || tag === 'root') {
      const childList = inList || tag === 'li' || tag === 'dd' || tag === 'dt';
      // A block ends the running text of its parent and starts its own.
      if (block) {
        flush(block);
        block.text = '';
        block.map = [];
      }
      let mine: Open = { text: '', map: [], start: s, end: s, inList: childList };
      for (const c of (node as { children: HastNodes[] }).children) {
        if (c.type === 'element' && (BLOCK.has(c.tagName) || HEADING.test(c.tagName))) {
          flush(mine);
          walk(c, undefined, childList);
          const after = c.position?.end.offset ?? s;
          mine = { text: '', map: [], start: after, end: after, inList: childList };
        } else {
          if (!mine.text && c.type === 'text' && c.position) mine.start = c.position.start.offset ?? mine.start;
          if (!mine.text && c.type === 'element' && c.position) mine.start = c.position.start.offset ?? mine.start;
          walk(c, mine, childList);
        }
      }
      flush(mine);
      if (block) block.start = e;
      return;
    }
    // Inline element (b, i, a, span, ...): its text joins the running block.
    for (const c of el.children) walk(c, block, inList);
    if (block) block.end = Math.max(block.end, e);
  };
  walk(tree, undefined, false);
  // Units start where their first text starts; map offsets were taken relative to the block start.
  out.units = out.units.map((u) => ({ ...u, map: u.map.length ? u.map : [0, 0] }));
  return out;
}
