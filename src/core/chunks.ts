// Splits a document at its ATX headings so that unchanged parts can be parsed once and cached.

/** A piece of the document that starts at a heading (or at the top) and runs to the next split. */
export interface Chunk {
  /** 0-based UTF-16 offset of the chunk in the document. */
  offset: number;
  text: string;
}

const HEADING = /^#{1,6}(?:[ \t]|$)/;
// (One run of blanks per marker: two adjacent `[ \t]*` would backtrack quadratically on a line of spaces.)
const FENCE = /^[ \t]*(?:>[ \t]*)*(`{3,}|~{3,})/;
/** Chunks without headings are split once they are this long (UTF-16 units). */
const LONG_CHUNK = 32_768;
/** A line that can only start a plain paragraph: a letter in column 0 (not a list marker, quote, table, tag or fence). */
const PLAIN_START = /^[A-Za-z\u00C0-\u024F\u0370-\uFFEF](?![.)](?:[ \t]|$))/;
const RAW_HTML_OPEN = /^[ \t]{0,3}<(script|pre|style|textarea)(?:\s|>|$)/i;
/**
 * In a long run without headings, the other lines that open a block at the top level after a blank line:
 * a list item, a block quote, a table row or a paragraph that opens in bold, each followed by a word (so
 * never a thematic break such as `- - -` or `***`). After a blank line such a line ends every open list
 * item and quote (continuing one takes an indent or a `>`), so the blocks on each side are the same
 * whether or not the text is cut there; a list cut in two is two lists of the same items. Notes made of
 * lists and quotes have few plain paragraphs to split before, and the parser's time grows with the square
 * of a chunk full of them (each list or quote that ends moves every event read before it).
 */
const BLOCK_START = /^(?:[-*+][ \t]+|\d{1,9}[.)][ \t]+|>[ \t]?|\*\*|\|[ \t]*)[A-Za-z0-9\u00C0-\u024F\u0370-\uFFEF]/;
/**
 * What a cut before a BLOCK_START could change: a link or footnote definition (`[id]: url`, in a list or
 * quote too, or the end of a label that began on the line before) holds for the whole document, and a
 * processing instruction or declaration (`<?`, `<!DOCTYPE`, `<![CDATA[`) runs on until it closes, blank
 * lines and all. A document with a line that could be either is cut only where it was before.
 */
const ACROSS_BLOCKS = /^[ \t>*+\-\d.)]*(?:\[.*\]:|<(?:\?|![A-Za-z[]))|^[^[\n]*\]:/m;

/**
 * Splits `text` before every line that opens an ATX heading at the top level. A line inside front
 * matter, a fenced code block, an HTML comment or a raw HTML block never splits, so each chunk parses
 * to the same blocks it has inside the whole document. Splitting too little is always safe.
 */
export function splitChunks(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let chunkStart = 0;
  let pos = 0;
  let fence: string | undefined;
  let inComment = false;
  let rawClose: RegExp | undefined;
  let previousBlank = false;
  // What stands before the fence that is open (its indent, its quote markers).
  let fencePrefix = '';
  // Whether to cut before BLOCK_START lines too. A fence closed at another indent than it opened may have
  // ended with its list item or quote instead (the closing line then opens a new one): from there on, the
  // fences seen here may not be the parser's, and a cut could fall inside code.
  let blockSplits = !ACROSS_BLOCKS.test(text);

  if (/^(?:\uFEFF)?(---|\+\+\+)[ \t]*\r?\n/.test(text)) {
    const marker = text.replace(/^\uFEFF/, '').slice(0, 3);
    const close = new RegExp(`\\r?\\n${marker === '---' ? '---' : '\\+\\+\\+'}[ \\t]*(?:\\r?\\n|$)`, 'g');
    close.lastIndex = 3;
    const m = close.exec(text);
    if (m) pos = m.index + m[0].length;
  }

  while (pos < text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1) eol = text.length;
    let line = text.slice(pos, eol);
    if (line.endsWith('\r')) line = line.slice(0, -1);

    if (fence !== undefined) {
      const m = FENCE.exec(line);
      if (
        m &&
        m[1] &&
        m[1][0] === fence[0] &&
        m[1].length >= fence.length &&
        line
          .trim()
          .replace(/^(?:>\s?)*/, '')
          .replace(/[`~]/g, '') === ''
      ) {
        if (line.slice(0, line.indexOf(m[1])) !== fencePrefix) blockSplits = false;
        fence = undefined;
      }
    } else if (inComment) {
      if (line.includes('-->')) inComment = false;
    } else if (rawClose) {
      if (rawClose.test(line)) rawClose = undefined;
    } else if (HEADING.test(line)) {
      if (pos > chunkStart) {
        chunks.push({ offset: chunkStart, text: text.slice(chunkStart, pos) });
        chunkStart = pos;
      }
    } else if (pos - chunkStart >= LONG_CHUNK && previousBlank && (PLAIN_START.test(line) || (blockSplits && BLOCK_START.test(line)))) {
      // A long run without headings (200,000 short paragraphs, or pages of lists): the parser's time grows
      // faster than the text, so split before a plain paragraph that follows a blank line, where every open
      // list, quote or HTML block has already ended, or before a list item, quote or table (BLOCK_START).
      chunks.push({ offset: chunkStart, text: text.slice(chunkStart, pos) });
      chunkStart = pos;
    } else {
      const f = FENCE.exec(line);
      if (f && f[1] && !(f[1][0] === '`' && line.slice(line.indexOf(f[1]) + f[1].length).includes('`'))) {
        fence = f[1];
        fencePrefix = line.slice(0, line.indexOf(f[1]));
      } else {
        const commentAt = line.indexOf('<!--');
        if (commentAt !== -1 && !line.includes('-->', commentAt + 4)) inComment = true;
        else {
          const raw = RAW_HTML_OPEN.exec(line);
          if (raw && raw[1] && !new RegExp(`</${raw[1]}>`, 'i').test(line)) rawClose = new RegExp(`</${raw[1]}>`, 'i');
        }
      }
    }
    previousBlank = line.trim() === '';
    pos = eol + 1;
  }
  chunks.push({ offset: chunkStart, text: text.slice(chunkStart) });
  return chunks;
}
