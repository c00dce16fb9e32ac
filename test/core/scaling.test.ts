// The searches and indexes that keep long documents linear give the answers of the scans they replace,
// and long runs of lists and quotes without headings are cut into chunks that parse to the same blocks.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { buildSections, sectionAt, type Section } from '../../src/core/sections.js';
import { isSuppressed, suppressor, type Directive } from '../../src/core/suppress.js';
import { wordsOf } from '../../src/core/designdoc-features.js';
import { conflictOf, firstConflict, type Stated } from '../../src/core/rules/connections/stakeholder-tradeoff.js';
import { splitChunks } from '../../src/core/chunks.js';
import { parseChunk, type ChunkModel, type DocumentModel } from '../../src/core/model.js';
import type { Finding } from '../../src/core/types.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);

/** Sections from heading depths, one heading every 10 characters of a text of `length`. */
function sectionsOf(depths: number[], length: number): Section[] {
  const headings = depths.map((depth, i) => ({ depth, text: `h${i}`, start: i * 10, end: i * 10 + 4 }));
  return buildSections({ text: ' '.repeat(length), headings, units: [], comments: [], code: [] } as DocumentModel);
}

describe('scaling: searches equal the scans they replace', () => {
  it('sectionAt finds the innermost section a scan of every section finds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 6 }), { maxLength: 40 }),
        fc.array(fc.integer({ min: 0, max: 420 }), { minLength: 1 }),
        (depths, offsets) => {
          const sections = sectionsOf(depths, 420);
          for (const offset of offsets) {
            let scan = -1;
            sections.forEach((s, i) => {
              if (s.heading.start <= offset && offset < s.end) scan = i;
            });
            assert.equal(sectionAt(sections, offset), scan, `offset ${offset}`);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('suppressor says what isSuppressed says of every finding', () => {
    const RULES = ['no-placeholder', 'require-monitoring', 'stakeholder-tradeoff', 'valid-suppression'];
    const directive = fc.record({
      rules: fc.subarray(RULES),
      start: fc.integer({ min: 0, max: 300 }),
      length: fc.integer({ min: -5, max: 200 }),
    });
    const finding = fc.record({ ruleId: fc.constantFrom(...RULES), start: fc.integer({ min: 0, max: 520 }) });
    fc.assert(
      fc.property(fc.array(directive, { maxLength: 12 }), fc.array(finding, { maxLength: 30 }), (ds, fs) => {
        const directives: Directive[] = ds.map((d) => ({
          scope: 'section',
          rules: d.rules,
          reason: 'why',
          comment: { start: d.start, end: d.start },
          covers: { start: d.start, end: d.start + d.length },
        }));
        const suppressed = suppressor(directives);
        for (const f of fs) {
          const full = { ...f, end: f.start, message: '', severity: 'warning' } as Finding;
          assert.equal(suppressed(full), isSuppressed(full, directives), JSON.stringify(f));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('wordsOf counts the words split(/\\s+/) finds', () => {
    const chars = fc.constantFrom(
      'a',
      'B',
      '1',
      '-',
      '.',
      ' ',
      '\t',
      '\n',
      '\r',
      '\v',
      '\f',
      '\u00a0',
      '\u2003',
      '\u2028',
      '\u3000',
      '\ufeff',
      '\u200b',
      'é',
      '😀',
    );
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 60 }), (cs) => {
        const s = cs.join('');
        assert.equal(wordsOf(s), s.split(/\s+/).filter(Boolean).length, JSON.stringify(s));
      }),
      { numRuns: RUNS * 4 },
    );
  });

  it('firstConflict finds the pair that trying every pair finds', () => {
    const WANTS = ['speed', 'quality', 'revenue', 'cost', 'privacy', 'engagement', 'fairness', 'safety'];
    const statement = fc.record({ wants: fc.subarray(WANTS, { minLength: 1 }), step: fc.integer({ min: -1, max: 2 }) });
    fc.assert(
      fc.property(fc.array(statement, { maxLength: 25 }), fc.boolean(), (xs, monotonic) => {
        const stated: Stated[] = xs.map((x, k) => ({ hit: { start: k, end: k + 1, text: `s${k}`, match: '' }, wants: x.wants }));
        // Lines as a document gives them (never going back), or in any order.
        const lines: number[] = [];
        xs.forEach((x, k) => lines.push(k === 0 ? 1 : (lines[k - 1] as number) + (monotonic ? Math.max(0, x.step) : x.step)));
        let expected: [Stated, Stated, [string, string]] | undefined;
        search: for (let i = 0; i < stated.length; i++) {
          for (let j = i + 1; j < stated.length; j++) {
            if (lines[i] === lines[j]) continue;
            const pair = conflictOf(stated[i]!.wants, stated[j]!.wants);
            if (pair) {
              expected = [stated[i]!, stated[j]!, pair];
              break search;
            }
          }
        }
        assert.deepEqual(
          firstConflict(stated, (k) => lines[k] as number),
          expected,
        );
      }),
      { numRuns: RUNS * 2 },
    );
  });
});

/** The blocks of every chunk, at document offsets, as one model. */
function chunked(text: string): ChunkModel {
  const out: ChunkModel = { headings: [], units: [], comments: [], code: [] };
  for (const c of splitChunks(text)) {
    const m = parseChunk(c.text);
    const at = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start + c.offset, end: x.end + c.offset });
    out.headings.push(...m.headings.map(at));
    out.units.push(...m.units.map(at));
    out.comments.push(...m.comments.map(at));
    out.code.push(...m.code.map(at));
  }
  return out;
}

describe('scaling: long runs of lists and quotes without headings', () => {
  /** Notes without headings: lists, quotes, tables and bold paragraphs, never a plain paragraph. */
  const notes = (n: number) => {
    const blocks: string[] = [];
    for (let i = 0; i < n; i++) {
      const s = `Item ${i} says the model is retrained weekly and watched for drift.`;
      blocks.push(
        [
          `- ${s}\n- ${s}`,
          `1. ${s}\n\n   More on it.\n\n   - ${s}`,
          `> ${s}\n> ${s}`,
          `| ${s} | TBD |\n|---|---|\n| a | b |`,
          `**Note** ${s}`,
          `- ${s}\n\n  \`\`\`yaml\n  - key: value\n\n  - key: other\n  \`\`\``,
        ][i % 6] as string,
      );
    }
    return blocks.join('\n\n') + '\n';
  };

  it('are cut into chunks of tens of kilobytes, which parse to the blocks of the whole', () => {
    const text = notes(2000);
    const chunks = splitChunks(text);
    assert.ok(chunks.length > 5, `${chunks.length} chunks`);
    assert.ok(Math.max(...chunks.map((c) => c.text.length)) < 65_536);
    assert.deepEqual(chunked(text), parseChunk(text));
  });

  it('are not cut where a definition could be read from another chunk', () => {
    const text = notes(3000) + '\n[note]: https://example.com\n';
    assert.equal(splitChunks(text).length, 1);
  });

  it('are not cut after a fence closes at another indent than it opened', () => {
    // The fence opened in a quote ended with the quote; the parser reads the next fence as opening a block.
    const text = '> ```\n> code\n\n```\n' + notes(3000).replace(/```/g, '~~~');
    assert.equal(splitChunks(text).length, 1);
  });
});
