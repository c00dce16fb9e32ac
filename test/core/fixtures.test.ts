// Fixture documents with their expected findings written beside the text: `<!-- expect rule-id -->`.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../src/core/analyse.js';
import { RULES } from '../../src/core/rules/index.js';
import { LineIndex } from '../../src/core/positions.js';

const root = new URL('../fixtures/rules/', import.meta.url).pathname;

/** Expected `line:rule` pairs from the markers in a fixture. */
function expectations(text: string): string[] {
  const out: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    for (const m of line.matchAll(/<!--\s*expect\s+([\w\s,-]+?)\s*-->/g)) {
      for (const id of (m[1] as string).split(/[\s,]+/).filter(Boolean)) out.push(`${i + 1}:${id}`);
    }
  });
  return out.sort();
}

describe('rule fixtures', () => {
  for (const rule of RULES) {
    const dir = join(root, rule.meta.id);
    const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')) : [];
    it(`${rule.meta.id} has at least one fixture`, () => assert.ok(files.length > 0, `no fixtures in ${dir}`));
    for (const file of files) {
      it(`${rule.meta.id}/${file}: findings match the expect markers`, () => {
        const text = readFileSync(join(dir, file), 'utf8');
        // Quality fixtures are short documents: switch coverage off there so each pins its own rule.
        const rules: Record<string, 'off'> = {};
        if (!rule.meta.id.startsWith('require-')) for (const r of RULES) if (r.meta.id.startsWith('require-')) rules[r.meta.id] = 'off';
        const result = analyse(text, { path: file, reviewAll: true, config: { rules, include: [], exclude: [] } });
        const index = new LineIndex(text);
        const got = result.findings
          // Partial-coverage notes are information about other items; fixtures pin warnings and the rule under test.
          .filter((f) => f.severity !== 'info' || f.ruleId === rule.meta.id)
          .map((f) => `${index.lineColumn(f.start).line}:${f.ruleId}`)
          .sort();
        assert.deepEqual(got, expectations(text));
      });
    }
  }
});
