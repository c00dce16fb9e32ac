// Parses Markdown (one chunk at a time) into the flat document model the rules read.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Processor } from 'unified';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import remarkFrontmatter from 'remark-frontmatter';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { Nodes, Root } from 'mdast';
import { splitChunks } from './chunks.js';
import { htmlBlocks } from './html.js';
import { alignInto, trimMapped } from './align.js';
import { PLACEHOLDER } from './guidance.js';

/** A block of prose the rules judge: a paragraph, a table row, a block of HTML, or the text of a diagram. */
export interface Unit {
  kind: 'paragraph' | 'table-row' | 'diagram' | 'html';
  /** Plain text with markup removed. */
  text: string;
  /**
   * Where the text comes from: flat pairs [textOffset, sourceOffset - start, ...], ascending. Text from
   * offset textOffset on was copied from the source at that place, so a sentence maps back to its span.
   */
  map: number[];
  /** 0-based UTF-16 offsets in the document. */
  start: number;
  end: number;
  inList: boolean;
  inQuote: boolean;
}

/** An ATX or setext heading. */
export interface Heading {
  depth: number;
  text: string;
  start: number;
  end: number;
}

/** An HTML comment, where suppressions live. */
export interface Comment {
  text: string;
  start: number;
  end: number;
}

/** YAML front matter, parsed. */
export interface FrontMatter {
  data: Record<string, unknown>;
  start: number;
  end: number;
  error?: { message: string; offset: number };
}

/** The parsed blocks of one chunk, with offsets relative to the chunk, so it can be cached by text. */
export interface ChunkModel {
  headings: Heading[];
  units: Unit[];
  comments: Comment[];
  /** Code blocks other than diagrams: their spans, so placeholders inside code are ignored. */
  code: Array<{ start: number; end: number }>;
  frontMatter?: FrontMatter;
}

/** The model of a whole document: the chunks' blocks with document offsets. */
export interface DocumentModel extends ChunkModel {
  text: string;
}

/**
 * The two GitHub extensions whose absence would lose content: tables (their cells become rows) and
 * footnotes (a definition would otherwise read as a link reference and vanish). The others change
 * nothing we read (autolinked URLs, ~~strikethrough~~ and task-list boxes stay text either way) and
 * cost about a quarter of the parse, so they are left out.
 */
function remarkTablesAndFootnotes(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmFootnote());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmFootnoteFromMarkdown());
}

const processor = unified().use(remarkParse).use(remarkTablesAndFootnotes).use(remarkFrontmatter, ['yaml']);

/** The title line of an admonition: `!!! note "Title"` or `??? tip`; its body follows. */
const ADMONITION_TITLE = /^(?:!!!|\?\?\?\+?)[ \t]*[A-Za-z][^\n]*(?:\n\s*|$)/;

/** An inline "tag" that is really a template placeholder (`<metric>`, `<owner or on-call channel>`). */
const WHOLE_PLACEHOLDER = new RegExp(`^(?:${PLACEHOLDER.source})$`, 'i');

const DIAGRAM_LANGS = /^(mermaid|plantuml|puml|dot|graphviz|d2)$/i;

/** Plain text of an mdast subtree (iterative, so deeply nested input cannot overflow the stack). */
export function plainText(node: Nodes): string {
  let out = '';
  const stack: Nodes[] = [node];
  while (stack.length) {
    const n = stack.pop() as Nodes;
    if ('value' in n && typeof n.value === 'string' && n.type !== 'yaml') {
      out += n.type === 'html' && /^<!--/.test(n.value) ? '' : n.value;
    } else if (n.type === 'break') out += ' ';
    if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Nodes);
  }
  return out;
}

/** Plain text of an inline subtree with its source map (see `Unit.map`), relative to `base`. */
export function mappedText(node: Nodes, base: number, source?: string): { text: string; map: number[] } {
  let out = '';
  const map: number[] = [];
  const stack: Nodes[] = [node];
  while (stack.length) {
    const n = stack.pop() as Nodes;
    if (n.type === 'html') {
      // Inline tags are markup; a line break tag separates words. A template placeholder that parses as a
      // tag ("<features watched>") is text the author has still to replace: keep it, so it is seen as one.
      if (/^<br\b/i.test(n.value)) out += ' ';
      else if (WHOLE_PLACEHOLDER.test(n.value)) {
        const at = n.position?.start.offset;
        if (at !== undefined) map.push(out.length, at - base);
        out += n.value;
      }
      continue;
    }
    if ('value' in n && typeof n.value === 'string' && n.type !== 'yaml') {
      const at = n.position?.start.offset;
      if (at !== undefined) {
        const endAt = n.position?.end.offset ?? at + n.value.length;
        if (source && n.type === 'text') alignInto(n.value, source, at, endAt, out.length, base, map);
        else if (source && n.type === 'inlineCode') {
          // The code's text starts after its opening backticks (one or more) and optional space.
          const k = source.indexOf(n.value, at);
          map.push(out.length, (k >= at && k < endAt ? k : at + 1) - base);
        } else map.push(out.length, at - base);
      }
      out += n.value;
    } else if (n.type === 'break') out += ' ';
    if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Nodes);
  }
  return { text: out, map };
}

/** A run of emphasis delimiters longer than any prose needs. */
const LONG_DELIMITER_RUN = /[*_]{33,}/g;

/** Container markers at the start of a line (block quotes, list bullets) longer than this are flattened. */
const MAX_PREFIX = 200;
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-*+]|\d{1,9}[.)])(?=[ \t]|$|>)[ \t]?)+/gm;

/**
 * Parses Markdown to mdast. Pathological nesting (a line of 10,000 `>`, or `- > ` repeated thousands of
 * times) overflows the stack inside the parser's own recursive steps; then the text is read again with
 * container markers beyond the first 200 characters of each line's prefix blanked out (same length, so
 * every offset stays right), and failing that as plain paragraphs. A document never crashes the reader.
 */
export function parseMarkdown(text: string): Root {
  // Long runs of emphasis delimiters ("*_*_*_..." for kilobytes) make the parser's delimiter matching
  // quadratic; no prose needs more than a few in a row, so longer runs are read as blanks (same length).
  text = text.replace(LONG_DELIMITER_RUN, (run) => ' '.repeat(run.length));
  // Text with no Markdown syntax at all is paragraphs of plain text: read it as such, much faster than the
  // parser (which takes seconds on 100,000 short paragraphs), and to the same tree.
  if (text.length >= PLAIN_FAST_PATH && PLAIN_TEXT.test(text) && !/^[ \t\d-]|[ \t]$/m.test(text)) return plainParagraphs(text);
  const flattened = text.replace(CONTAINER_PREFIX, (p) => (p.length <= MAX_PREFIX ? p : p.slice(0, MAX_PREFIX) + p.slice(MAX_PREFIX).replace(/[^\r\n]/g, ' ')));
  // Nesting deeper than any document needs is flattened before the parser sees it (it would overflow).
  if (flattened === text) {
    try {
      return processor.parse(text);
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
    }
  }
  try {
    return processor.parse(flattened);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
  }
  return plainParagraphs(text);
}

/** Only letters, digits, spaces, line breaks and sentence punctuation: no character Markdown gives a meaning to. */
const PLAIN_TEXT = /^[A-Za-z0-9 \t\r\n.,;?'"()%$/-]*$/;
/** Below this length the parser is fast enough, and always right. */
const PLAIN_FAST_PATH = 4096;

/** Each run of non-blank lines is a paragraph of plain text (the fast path, and the last resort). */
function plainParagraphs(text: string): Root {
  const children: Root['children'] = [];
  const re = /[^\r\n]*\S[^\r\n]*(?:\r?\n[^\r\n]*\S[^\r\n]*)*/g;
  const pos = (offset: number) => ({ line: 1, column: 1, offset });
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = pos(m.index);
    const end = pos(m.index + m[0].length);
    children.push({ type: 'paragraph', position: { start, end }, children: [{ type: 'text', value: m[0], position: { start, end } }] });
  }
  return { type: 'root', children };
}

/**
 * The HTML of a raw HTML node as it stands in the source, so offsets into it are source offsets. Inside a
 * list or block quote the node's value lacks each line's container prefix (`> `, the list indent) and a
 * tab may stand expanded into spaces; the source slice with those prefixes blanked keeps every offset.
 */
function htmlSource(value: string, text: string, start: number, end: number): string {
  const slice = text.slice(start, end);
  if (slice === value) return value;
  const src = slice.split(/(?<=\n)/);
  const val = value.split(/\r?\n/);
  if (src.length !== val.length) return value;
  let out = '';
  for (let i = 0; i < src.length; i++) {
    const line = src[i] as string;
    const body = line.replace(/\r?\n$/, '');
    const content = (val[i] as string).trimStart();
    if (!body.endsWith(content)) return value;
    const prefix = body.length - content.length;
    out += (i === 0 ? line.slice(0, prefix) : ' '.repeat(prefix)) + line.slice(prefix);
  }
  return out;
}

/** Parses one chunk; offsets in the result are relative to the chunk's start. */
export function parseChunk(text: string): ChunkModel {
  const tree = parseMarkdown(text);
  const model: ChunkModel = { headings: [], units: [], comments: [], code: [] };
  const stack: Array<{ node: Nodes; inList: boolean; inQuote: boolean }> = [{ node: tree, inList: false, inQuote: false }];
  while (stack.length) {
    const { node, inList, inQuote } = stack.pop()!;
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    switch (node.type) {
      case 'heading':
        model.headings.push({ depth: node.depth, text: plainText(node).trim(), start, end });
        continue;
      case 'paragraph': {
        const m = trimMapped(mappedText(node, start, text));
        // A GitHub alert marker ("> [!NOTE]") is markup, not prose.
        const alert = inQuote ? /^\[![A-Za-z]+\][^\n]*\n?\s*/.exec(m.text) : ADMONITION_TITLE.exec(m.text);
        const t = alert ? trimMapped({ text: m.text.slice(alert[0].length), map: shiftMap(m.map, -alert[0].length) }) : m;
        if (t.text) model.units.push({ kind: 'paragraph', text: t.text, map: t.map, start, end, inList, inQuote });
        collectInlineComments(node, model);
        continue;
      }
      case 'tableRow': {
        let rowText = '';
        const map: number[] = [];
        node.children.forEach((c, i) => {
          const m = trimMapped(mappedText(c, start, text));
          if (i > 0) rowText += ' | ';
          for (let k = 0; k < m.map.length; k += 2) map.push((m.map[k] as number) + rowText.length, m.map[k + 1] as number);
          rowText += m.text;
        });
        if (rowText.replace(/[|\s]/g, '')) model.units.push({ kind: 'table-row', text: rowText, map, start, end, inList, inQuote });
        continue;
      }
      case 'code':
        if (node.lang && DIAGRAM_LANGS.test(node.lang)) {
          // Markup of the diagram becomes spaces of the same length, so each line maps back to its place.
          const bodyAt = text.indexOf('\n', start) + 1;
          model.units.push({
            kind: 'diagram',
            text: node.value.replace(/[[\]{}()"|>\-=<]/g, ' '),
            map: [0, Math.max(0, bodyAt - start)],
            start,
            end,
            inList,
            inQuote,
          });
        } else if (!node.lang && isAdmonitionBody(text, start)) {
          // An admonition (`!!! note` then indented text) is prose, though CommonMark reads it as code.
          for (const u of admonitionUnits(text, start, end)) model.units.push({ ...u, inList, inQuote });
        } else model.code.push({ start, end });
        continue;
      case 'html':
        if (node.value.startsWith('<!--')) model.comments.push({ text: node.value, start, end });
        else {
          // Prose written in HTML (<p>, <ol><li>, <details>, <table>) is read like Markdown prose.
          const blocks = htmlBlocks(htmlSource(node.value, text, start, end));
          for (const b of blocks.headings) model.headings.push({ depth: b.depth, text: b.text, start: start + b.start, end: start + b.end });
          for (const b of blocks.units) {
            model.units.push({ kind: 'html', text: b.text, map: b.map, start: start + b.start, end: start + b.end, inList: inList || b.inList, inQuote });
          }
          for (const c of blocks.comments) model.comments.push({ text: c.text, start: start + c.start, end: start + c.end });
        }
        continue;
      case 'yaml':
        model.frontMatter = readFrontMatter(node.value, start, end, text);
        continue;
      default:
        break;
    }
    if ('children' in node) {
      const childList = inList || node.type === 'listItem';
      const childQuote = inQuote || node.type === 'blockquote';
      for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] as Nodes, inList: childList, inQuote: childQuote });
    }
  }
  model.units.sort((a, b) => a.start - b.start);
  model.headings.sort((a, b) => a.start - b.start);
  model.comments.sort((a, b) => a.start - b.start);
  return model;
}

/** An indented block right after a `!!! type` or `??? type` line (MkDocs / Python-Markdown admonitions). */
function isAdmonitionBody(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (!/^[ \t]/.test(text.slice(lineStart, lineStart + 1))) return false;
  // Back over the body's earlier indented or blank lines to the first line that is not indented.
  let at = lineStart;
  for (let n = 0; n < 200 && at > 0; n++) {
    const prevStart = text.lastIndexOf('\n', at - 2) + 1;
    const prev = text.slice(prevStart, at).replace(/\r?\n$/, '');
    if (prev.trim() && !/^[ \t]/.test(prev)) return /^(?:!!!|\?\?\?\+?)[ \t]*[A-Za-z]/.test(prev);
    at = prevStart;
  }
  return false;
}

/** The paragraphs of an admonition's indented body, each mapped line by line to the source. */
function admonitionUnits(text: string, start: number, end: number): Array<Omit<Unit, 'inList' | 'inQuote'>> {
  const out: Array<Omit<Unit, 'inList' | 'inQuote'>> = [];
  let pos = text.lastIndexOf('\n', start - 1) + 1;
  let cur: { text: string; map: number[]; start: number; end: number } | undefined;
  const flush = () => {
    if (cur && cur.text.trim())
      out.push({ kind: 'paragraph', text: cur.text, map: cur.map.map((v, i) => (i % 2 ? v - cur!.start : v)), start: cur.start, end: cur.end });
    cur = undefined;
  };
  while (pos < end) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1 || eol > end) eol = end;
    const line = text.slice(pos, eol).replace(/\r$/, '');
    const indent = line.length - line.trimStart().length;
    const content = line.trim();
    if (!content) flush();
    else {
      if (!cur) cur = { text: '', map: [], start: pos + indent, end: pos + indent };
      else cur.text += ' ';
      cur.map.push(cur.text.length, pos + indent);
      cur.text += content;
      cur.end = pos + indent + content.length;
    }
    pos = eol + 1;
  }
  flush();
  return out;
}

function shiftMap(map: number[], by: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < map.length; i += 2) out.push((map[i] as number) + by, map[i + 1] as number);
  return out;
}

function collectInlineComments(node: Nodes, model: ChunkModel): void {
  if (!('children' in node)) return;
  for (const c of node.children) {
    if (c.type === 'html' && c.value.startsWith('<!--')) {
      model.comments.push({ text: c.value, start: c.position?.start.offset ?? 0, end: c.position?.end.offset ?? 0 });
    }
  }
}

function readFrontMatter(value: string, start: number, end: number, text: string): FrontMatter {
  try {
    const data = parseYaml(value) as unknown;
    return { data: data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {}, start, end };
  } catch (e) {
    const bodyStart = text.indexOf('\n', start) + 1;
    const pos = e instanceof YAMLParseError ? e.pos[0] : 0;
    return { data: {}, start, end, error: { message: e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e), offset: bodyStart + pos } };
  }
}

function shift(model: ChunkModel, by: number): ChunkModel {
  if (by === 0) return model;
  const s = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start + by, end: x.end + by });
  const out: ChunkModel = {
    headings: model.headings.map(s),
    units: model.units.map(s),
    comments: model.comments.map(s),
    code: model.code.map(s),
  };
  if (model.frontMatter)
    out.frontMatter = {
      ...s(model.frontMatter),
      ...(model.frontMatter.error ? { error: { ...model.frontMatter.error, offset: model.frontMatter.error.offset + by } } : {}),
    };
  return out;
}

/** Caches chunk models by their text, so an edit re-parses only the chunks it touched. */
export class ChunkCache {
  private map = new Map<string, ChunkModel>();
  constructor(private readonly limit = 4000) {}
  hits = 0;
  misses = 0;
  get(text: string): ChunkModel {
    let m = this.map.get(text);
    if (m) {
      this.hits++;
      this.map.delete(text);
      this.map.set(text, m);
      return m;
    }
    this.misses++;
    m = parseChunk(text);
    this.map.set(text, m);
    if (this.map.size > this.limit) this.map.delete(this.map.keys().next().value as string);
    return m;
  }
}

/** Builds the document model, parsing each chunk (or taking it from `cache`). */
export function buildModel(text: string, cache?: ChunkCache): DocumentModel {
  const doc: DocumentModel = { text, headings: [], units: [], comments: [], code: [] };
  // Byte-order marks are not content; offsets still count them, so positions stay exact.
  let bom = 0;
  while (text.charCodeAt(bom) === 0xfeff) bom++;
  for (const chunk of splitChunks(bom ? text.slice(bom) : text)) {
    const m = shift(cache ? cache.get(chunk.text) : parseChunk(chunk.text), chunk.offset + bom);
    // One at a time: spreading 200,000 units into push() would overflow the call stack.
    for (const x of m.headings) doc.headings.push(x);
    for (const x of m.units) doc.units.push(x);
    for (const x of m.comments) doc.comments.push(x);
    for (const x of m.code) doc.code.push(x);
    if (m.frontMatter) doc.frontMatter = m.frontMatter;
  }
  return doc;
}
