// Parses Markdown (one chunk at a time) into the flat document model the rules read.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { Nodes, Root } from 'mdast';
import { splitChunks } from './chunks.js';

/** A block of prose the rules judge: a paragraph, a table row, or the text of a diagram. */
export interface Unit {
  kind: 'paragraph' | 'table-row' | 'diagram';
  /** Plain text with markup removed. */
  text: string;
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

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

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

/** Parses one chunk; offsets in the result are relative to the chunk's start. */
export function parseChunk(text: string): ChunkModel {
  const tree = processor.parse(text) as Root;
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
        const t = plainText(node).trim();
        if (t) model.units.push({ kind: 'paragraph', text: t, start, end, inList, inQuote });
        collectInlineComments(node, model);
        continue;
      }
      case 'tableRow': {
        const t = node.children.map((c) => plainText(c).trim()).join(' | ');
        if (t.replace(/[|\s]/g, '')) model.units.push({ kind: 'table-row', text: t, start, end, inList, inQuote });
        continue;
      }
      case 'code':
        if (node.lang && DIAGRAM_LANGS.test(node.lang)) {
          model.units.push({ kind: 'diagram', text: node.value.replace(/[\[\]{}()"|>\-=<]+/g, ' '), start, end, inList, inQuote });
        } else model.code.push({ start, end });
        continue;
      case 'html':
        if (node.value.startsWith('<!--')) model.comments.push({ text: node.value, start, end });
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
  model.comments.sort((a, b) => a.start - b.start);
  return model;
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
    return { data: {}, start, end, error: { message: e instanceof Error ? e.message.split('\n')[0] ?? '' : String(e), offset: bodyStart + pos } };
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
  if (model.frontMatter) out.frontMatter = { ...s(model.frontMatter), ...(model.frontMatter.error ? { error: { ...model.frontMatter.error, offset: model.frontMatter.error.offset + by } } : {}) };
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
  // A byte-order mark is not content; offsets still count it, so positions stay exact.
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (const chunk of splitChunks(bom ? text.slice(1) : text)) {
    const m = shift(cache ? cache.get(chunk.text) : parseChunk(chunk.text), chunk.offset + bom);
    doc.headings.push(...m.headings);
    doc.units.push(...m.units);
    doc.comments.push(...m.comments);
    doc.code.push(...m.code);
    if (m.frontMatter) doc.frontMatter = m.frontMatter;
  }
  return doc;
}
