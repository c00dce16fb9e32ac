// Property tests of sentence splitting and evidence spans: for arbitrary Markdown made of paragraphs,
// lists, block quotes, tables, HTML blocks, emphasis and inline code, with LF or CRLF line endings,
// every sentence maps back to its own place in the document, and every piece of evidence is a sentence.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyse } from '../../src/core/analyse.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);

/** Words a design doc uses, many of them facet phrases, so evidence is found often. */
const WORDS = [
  'we',
  'the',
  'model',
  'monitor',
  'monitoring',
  'dashboard',
  'drift',
  'latency',
  'alert',
  'on-call',
  'retrain',
  'weekly',
  'Kafka',
  'BigQuery',
  'Parquet',
  'precision',
  'recall',
  'A/B',
  'test',
  'baseline',
  'fallback',
  'rules',
  'labels',
  'come',
  'from',
  'annotators',
  'agreement',
  'revenue',
  'reduce',
  'by',
  '15%',
  '99.9%',
  'availability',
  'QPS',
  '1,200',
  'requests',
  'per',
  'second',
  'autoscale',
  'MLflow',
  'versioned',
  'stakeholders',
  'need',
  'classification',
  'inputs',
  'are',
  'output',
  'is',
  'probability',
  'served',
  'online',
  'prediction',
  'canary',
  'rollout',
  'split',
  'validation',
  'set',
  'stratified',
  'logs',
  'of',
  'checkout',
  'service',
  'e.g.',
  'vs.',
  'approx.',
  'ms',
  '120',
  'p99',
  'nightly',
  'batch',
  'job',
  'team',
  'owns',
  'pipeline',
  'warehouse',
  'churn',
  'customers',
  'want',
  'naïve',
  'café',
  'größe',
  '数据',
  'Ω',
  '2024',
  'x',
  'N/A',
  'TBD',
];
const word = fc.constantFrom(...WORDS);

/** A word, sometimes dressed in inline markup. */
const inlineWord = fc.tuple(word, fc.integer({ min: 0, max: 9 })).map(([w, k]) => {
  switch (k) {
    case 0:
      return `*${w}*`;
    case 1:
      return `**${w}**`;
    case 2:
      return `_${w}_`;
    case 3:
      return `\`${w}\``;
    case 4:
      return `[${w}](https://example.com/${encodeURIComponent(w)})`;
    case 5:
      return `<b>${w}</b>`;
    default:
      return w;
  }
});

/** A sentence: capitalised words and an end mark. */
const sentence = fc.tuple(fc.array(inlineWord, { minLength: 1, maxLength: 12 }), fc.constantFrom('.', '.', '.', '?', '!', ':', '')).map(([ws, end]) => {
  const first = ws[0] as string;
  const cap = first.replace(/[a-z]/, (c) => c.toUpperCase());
  return [cap, ...ws.slice(1)].join(' ') + end;
});

/** Several sentences, sometimes soft-wrapped onto several lines. */
const prose = fc.tuple(fc.array(sentence, { minLength: 1, maxLength: 4 }), fc.boolean()).map(([ss, wrap]) => ss.join(wrap ? '\n' : ' '));

/** Plain prose for HTML blocks (no Markdown-only markup inside them). */
const htmlProse = fc
  .array(fc.tuple(fc.array(word, { minLength: 1, maxLength: 10 }), fc.constantFrom('.', '?', '!')), { minLength: 1, maxLength: 3 })
  .map((ss) => ss.map(([ws, e]) => ws.join(' ').replace(/^./, (c) => c.toUpperCase()) + e).join(' '));

const paragraph = prose;
const heading = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.array(word, { minLength: 1, maxLength: 5 }), fc.boolean())
  .map(([d, ws, q]) => `${'#'.repeat(d)} ${ws.join(' ')}${q ? '?' : ''}`);
const list = fc
  .tuple(fc.array(prose, { minLength: 1, maxLength: 4 }), fc.boolean())
  .map(([items, ordered]) => items.map((p, i) => `${ordered ? `${i + 1}.` : '-'} ${p.replace(/\n/g, '\n   ')}`).join('\n'));
const quote = fc.array(prose, { minLength: 1, maxLength: 2 }).map((ps) =>
  ps
    .map((p) =>
      p
        .split('\n')
        .map((l) => `> ${l}`)
        .join('\n'),
    )
    .join('\n>\n'),
);
const cell = fc.array(inlineWord, { minLength: 1, maxLength: 6 }).map((ws) => ws.join(' ').replace(/\|/g, '/'));
const table = fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })).chain(([cols, rows]) =>
  fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows + 1, maxLength: rows + 1 }).map((rs) => {
    const line = (r: string[]) => `| ${r.join(' | ')} |`;
    return [line(rs[0] as string[]), line(Array(cols).fill('---')), ...rs.slice(1).map(line)].join('\n');
  }),
);
/** HTML blocks; `loose` ones put line breaks and indentation inside the text of a block. */
function htmlBlock(loose: boolean) {
  const kinds = loose ? 6 : 4;
  return fc.tuple(fc.integer({ min: 0, max: kinds - 1 }), fc.array(htmlProse, { minLength: 1, maxLength: 3 }), htmlProse).map(([k, ps, q]) => {
    switch (k) {
      case 0:
        return ps.map((p) => `<p>${p}</p>`).join('\n');
      case 1:
        return `<ol>\n${ps.map((p) => `<li><b>${q.split(/[.!?]/)[0]}?</b> ${p}</li>`).join('\n')}\n</ol>`;
      case 2:
        return `<details>\n<summary>${q}</summary>\n${ps.map((p) => `<p>${p}</p>`).join('\n')}\n</details>`;
      case 3:
        return `<table>\n${ps.map((p) => `<tr><td>${q}</td><td>${p}</td></tr>`).join('\n')}\n</table>`;
      case 4:
        return `<div>\n${ps.join('<br>\n')}\n</div>`;
      default:
        return `<ul>\n  <li>\n    ${ps.join('\n    ')}\n  </li>\n</ul>`;
    }
  });
}

interface DocOptions {
  /** HTML blocks with line breaks and indentation inside their text. */
  looseHtml: boolean;
  /** CRLF line endings allowed (otherwise LF only). */
  crlf: boolean;
}

/** A whole document: optional front matter, blocks, LF or CRLF. */
function documentOf(o: DocOptions) {
  const block = fc.oneof(
    { weight: 4, arbitrary: paragraph },
    { weight: 2, arbitrary: heading },
    { weight: 2, arbitrary: list },
    { weight: 1, arbitrary: quote },
    { weight: 1, arbitrary: table },
    { weight: 2, arbitrary: htmlBlock(o.looseHtml) },
  );
  return fc
    .tuple(fc.boolean(), fc.array(block, { minLength: 1, maxLength: 10 }), o.crlf ? fc.boolean() : fc.constant(false), fc.boolean())
    .map(([front, blocks, crlf, trailing]) => {
      const body = (front ? '---\ntype: ml-design-doc\n---\n\n' : '') + blocks.join('\n\n') + (trailing ? '\n' : '');
      return crlf ? body.replace(/\n/g, '\r\n') : body;
    });
}

/** Everything the generator makes. */
const documentText = documentOf({ looseHtml: true, crlf: true });

/** Text with markup and whitespace removed. */
function stripped(s: string): string {
  return (
    s
      .replace(/&(?:[a-z]+\d*|#\d+|#x[0-9a-f]+);/gi, '&')
      .replace(/<!--[\s\S]*?-->/g, '')
      // Open and closing tags as CommonMark reads raw HTML (a tag name, then attributes).
      .replace(/<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>/g, '')
      .replace(/\[([^\]]*)\]\([^)\s]*\)/g, '$1')
      .replace(/^[ \t]*>[ \t]?/gm, '')
      .replace(/[*_`[\]\s\\]/g, '')
  );
}

/** Text with its character references decoded (the few the generator writes). */
function decoded(s: string): string {
  return s
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&(amp|lt|gt|quot);/g, (_, n: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[n as 'amp'] ?? '');
}

/** Markup stripped and references decoded outside code spans; code span contents kept as they are. */
function codeAware(s: string): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const run = /^`+/.exec(s.slice(i));
    if (run) {
      const fence = run[0];
      const close = new RegExp(`(?<!\`)${fence}(?!\`)`, 'g');
      close.lastIndex = i + fence.length;
      const m = close.exec(s);
      if (m) {
        out += s.slice(i + fence.length, m.index);
        i = m.index + fence.length;
        continue;
      }
      i += fence.length;
      continue;
    }
    const next = s.indexOf('`', i);
    const part = s.slice(i, next === -1 ? s.length : next);
    out += stripped(decoded(part));
    i = next === -1 ? s.length : next;
  }
  return out;
}

function firstWord(s: string): string {
  return (/[\p{L}\p{N}]+/u.exec(s) ?? [''])[0];
}

type Result = ReturnType<typeof analyse>;

function checkSentences(text: string, r: Result): void {
  const { sentences, model } = r.judged;
  let prevEnd = 0;
  sentences.forEach((s, k) => {
    const where = `sentence ${k} ${JSON.stringify(s.text)} at [${s.start}, ${s.end})`;
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), where);
    assert.ok(s.start >= 0 && s.start < s.end && s.end <= text.length, `${where} lies outside the document of ${text.length}`);
    const u = model.units[s.unit];
    assert.ok(u, `${where}: no unit ${s.unit}`);
    assert.ok(u.start <= s.start && s.end <= u.end, `${where} lies outside its unit [${u.start}, ${u.end})`);
    assert.ok(s.start >= prevEnd, `${where} starts before the previous sentence ends (${prevEnd})`);
    prevEnd = s.end;
    // Markup stripped, or taken as it is (inside code, a tag or a character reference is literal text).
    const raw = text.slice(s.start, s.end);
    const lead = (x: string) => x.replace(/^[^\p{L}\p{N}]+/u, '');
    const first = firstWord(s.text);
    // A sentence ends at its last character, which may be inside a code span whose closing backticks
    // it leaves out; read code spans up to the end of the unit so the cut-off span stays code.
    const toUnitEnd = text.slice(s.start, u.end);
    const candidates = [codeAware(raw), codeAware(toUnitEnd), stripped(raw), raw, decoded(raw)].map(lead);
    assert.ok(
      candidates.some((c) => c.startsWith(first)),
      `${where}: the text there, ${JSON.stringify(raw)}, does not start with "${first}"`,
    );
  });
}

function checkEvidence(text: string, r: Result): void {
  const spans = new Set(r.judged.sentences.map((s) => `${s.start}:${s.end}`));
  for (const item of r.checklist) {
    for (const f of item.facets) {
      assert.equal(f.found, f.evidence.length > 0, `${item.id}/${f.id}`);
      for (const e of f.evidence) {
        assert.ok(
          spans.has(`${e.start}:${e.end}`),
          `${item.id}/${f.id} evidence ${JSON.stringify(text.slice(e.start, e.end))} at [${e.start}, ${e.end}) is not a sentence`,
        );
      }
    }
    for (const e of item.evidence) assert.ok(e.start >= 0 && e.end <= text.length && e.start <= e.end, `${item.id} evidence out of the document`);
  }
}

describe('sentences: properties', () => {
  it('every sentence span lies in the document and in its unit, in order, without overlap, and starts with the first word (Markdown with LF or CRLF, HTML whose text hugs its tags)', () => {
    fc.assert(
      fc.property(documentOf({ looseHtml: false, crlf: true }), (text) => {
        checkSentences(text, analyse(text));
      }),
      { numRuns: RUNS },
    );
  });

  it('every sentence span lies in its unit and starts with the first word, also in HTML with line breaks and indentation inside its text', () => {
    fc.assert(
      fc.property(documentText, (text) => {
        checkSentences(text, analyse(text));
      }),
      { numRuns: RUNS },
    );
  });

  for (const [name, text, sentenceText] of [
    ['HTML, a block whose text starts on the next line', '<div>\nWe monitor drift.\n</div>', 'We monitor drift.'],
    ['HTML, an indented list item', '<ul>\n  <li>\n    We monitor drift.\n  </li>\n</ul>', 'We monitor drift.'],
    ['HTML, a second sentence after a CRLF and indentation', '<p>Latency is charted.\r\n    We monitor drift.</p>', 'We monitor drift.'],
    ['Markdown, after a character reference', 'R&amp;D owns the model. We monitor drift.', 'We monitor drift.'],
    ['Markdown, after backslash escapes', 'We keep \\*raw\\* files. We monitor drift.', 'We monitor drift.'],
    ['a table cell holding inline code', '| Signal |\n| --- |\n| `drift` is watched. We monitor drift. |', 'We monitor drift.'],
  ] as const) {
    it(`example, ${name}: the sentence's span is exactly the sentence`, () => {
      const r = analyse(text);
      const s = r.judged.sentences.find((x) => x.text === sentenceText);
      assert.ok(s, `no sentence ${sentenceText} in ${JSON.stringify(r.judged.sentences.map((x) => x.text))}`);
      assert.equal(text.slice(s.start, s.end), sentenceText);
    });
  }

  it('HTML example, text around a stray end tag: the sentence span covers the whole sentence', () => {
    const text = '<div>a</li>We monitor drift today.</div>';
    const s = analyse(text).judged.sentences[0];
    assert.ok(s);
    assert.equal(text.slice(s.start, s.end), 'a</li>We monitor drift today.');
  });

  for (const [name, text] of [
    ['after a block-quote marker and a tab (found by the property below)', '>\t<details>We monitor drift.'],
    ['on the second line of a block quote', '> <div>\n> We monitor drift.\n> </div>'],
    ['on the second line of a list item', '- <div>\n  We monitor drift.\n  </div>'],
    ['on the second line of a list item, CRLF', '- <div>\r\n  We monitor drift.\r\n  </div>'],
  ] as const) {
    it(`HTML example, a block ${name}: the sentence span is exactly the sentence`, () => {
      const s = analyse(text).judged.sentences[0];
      assert.ok(s);
      assert.equal(text.slice(s.start, s.end), 'We monitor drift.');
    });
  }

  it('every evidence span of every facet is one of the judged sentences', () => {
    fc.assert(
      fc.property(documentText, (text) => {
        checkEvidence(text, analyse(text));
      }),
      { numRuns: RUNS },
    );
  });

  it('evidence is found at all in generated documents (the generator exercises the facets)', () => {
    const samples = fc.sample(documentText, { numRuns: 60, seed: 42 });
    const withEvidence = samples.filter((t) => analyse(t).checklist.some((i) => i.facets.some((f) => f.found))).length;
    assert.ok(withEvidence > 30, `only ${withEvidence} of 60 documents have any evidence`);
  });

  it('the same document with CRLF line endings has the same sentences, shifted by the carriage returns', () => {
    fc.assert(
      fc.property(
        documentText.map((t) => t.replace(/\r\n/g, '\n')),
        (lf) => {
          const crlf = lf.replace(/\n/g, '\r\n');
          const a = analyse(lf).judged.sentences.map((s) => s.text.replace(/\s+/g, ' '));
          const b = analyse(crlf).judged.sentences.map((s) => s.text.replace(/\s+/g, ' '));
          assert.deepEqual(b, a);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('analyse never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const r = analyse(text);
        checkEvidence(text, r);
      }),
      { numRuns: RUNS },
    );
  });

  /** Tags that open HTML blocks, in any order and nesting. */
  const TAGS = ['</li>', '<ol><li>', '<details>', '<summary>', '<p>', '</p>'];
  const PUNCTUATION = [
    '<',
    '>',
    '|',
    '---',
    '\n',
    '\r\n',
    '\n\n',
    '`code`',
    '*',
    '_',
    '#',
    '- ',
    '1. ',
    '> ',
    '[',
    '](',
    ')',
    '<!--',
    '-->',
    'word',
    'We monitor drift.',
    '?',
    ' ',
    '\t',
  ];
  /**
   * Character references, backslash escapes and code spans with longer backtick fences (text whose
   * length differs from its source), and
   * whitespace JavaScript trims but Markdown does not (no-break space, a stray byte-order mark).
   */
  const ESCAPES = ['`', '```', '&amp;', '&lt;', '&#8212;', '\\*', '\\_', '\\#', '\u00a0', '\ufeff'];
  const punctuated = (pieces: string[]) => fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((a) => a.join(''));

  it('analyse never throws on arbitrary Markdown punctuation, and its sentences and evidence stay in place', () => {
    fc.assert(
      fc.property(punctuated(PUNCTUATION), (text) => {
        const r = analyse(text);
        checkSentences(text, r);
        checkEvidence(text, r);
      }),
      { numRuns: RUNS },
    );
  });

  it('analyse never throws on punctuation with HTML tags, character references and backslash escapes, and evidence is sentences', () => {
    fc.assert(
      fc.property(punctuated([...PUNCTUATION, ...TAGS, ...ESCAPES]), (text) => {
        checkEvidence(text, analyse(text));
      }),
      { numRuns: RUNS },
    );
  });

  it('sentence spans stay in place after character references, backslash escapes, long code fences and odd whitespace', () => {
    // Two byte-order marks at the very start are a known failure of their own (below).
    const noDoubleBom = punctuated([...PUNCTUATION, ...ESCAPES]).map((x) => x.replace(/^\ufeff(?=\ufeff)/, ''));
    fc.assert(
      fc.property(noDoubleBom, (text) => {
        checkSentences(text, analyse(text));
      }),
      { numRuns: RUNS },
    );
  });

  it('a document that starts with two byte-order marks: the sentence span is exactly the sentence', () => {
    const text = '\ufeff\ufeffWe go.';
    const s = analyse(text).judged.sentences[0];
    assert.ok(s);
    assert.equal(text.slice(s.start, s.end), 'We go.');
  });

  it('a sentence whose first word is inside a code span after a stray "<" and a tag starts where it should', () => {
    // Found by the property below: the span ends inside the code span, before its closing backtick.
    const text = '<<summary>`</p>`';
    checkSentences(text, analyse(text));
    const s = analyse(text).judged.sentences[0];
    assert.ok(s);
    assert.equal(s.start, 0);
  });

  it('sentence spans stay in place among HTML tags (stray end tags included), character references, backslash escapes and odd whitespace', () => {
    fc.assert(
      fc.property(punctuated([...PUNCTUATION, ...TAGS, ...ESCAPES]), (text) => {
        checkSentences(text, analyse(text));
      }),
      { numRuns: RUNS },
    );
  });
});
