// Every rule has complete metadata, a unique id and a docs entry; generated files match their generators.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { RULES } from '../../src/core/rules/index.js';
import { CHECKLIST } from '../../src/core/items/index.js';
import { configSchema } from '../../src/core/config.js';
import { renderRuleDocs } from '../../src/core/docs.js';
import { markdownSnippets, SECTION_TEMPLATES } from '../../src/core/templates.js';

const read = (p: string) => readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8');

describe('rule metadata', () => {
  it('ids are unique kebab-case phrases', () => {
    const ids = RULES.map((r) => r.meta.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z]+(?:-[a-z]+)+$/);
  });
  for (const r of RULES) {
    it(`${r.meta.id} has title, rationale and how-to-fix`, () => {
      assert.ok(r.meta.title.length > 5);
      assert.ok(r.meta.rationale.length > 60, 'rationale too short');
      assert.ok(r.meta.howToFix.length > 20, 'howToFix too short');
      if (r.meta.checklistItem) assert.ok(CHECKLIST.some((i) => i.id === r.meta.checklistItem));
    });
    it(`${r.meta.id} is documented in docs/rules.md`, () => assert.ok(read('docs/rules.md').includes(`## ${r.meta.id}`)));
  }
  it('the checklist has the 15 items of the contract, in order', () => {
    assert.deepEqual(
      CHECKLIST.map((i) => i.id),
      [
        'ml-suitability',
        'business-metric',
        'stakeholders',
        'problem-framing',
        'reliability',
        'scalability',
        'maintainability',
        'adaptability',
        'data-sources',
        'data-pipeline',
        'training-data',
        'labelling-plan',
        'evaluation',
        'deployment',
        'monitoring',
      ],
    );
  });
  it('every checklist item has a section template whose heading maps back to the item', () => {
    for (const i of CHECKLIST) {
      const t = SECTION_TEMPLATES.find((x) => x.itemId === i.id);
      assert.ok(t, i.id);
      assert.ok(i.heading.test(t.heading), `"${t.heading}" does not map to ${i.id}: an inserted section would not be recognised`);
    }
  });
});

describe('generated files are up to date (npm run generate)', () => {
  it('schemas/config.schema.json', () => assert.deepEqual(JSON.parse(read('schemas/config.schema.json')), configSchema()));
  it('docs/rules.md', () => assert.equal(read('docs/rules.md'), renderRuleDocs()));
  it('snippets/markdown.json', () => assert.deepEqual(JSON.parse(read('snippets/markdown.json')), markdownSnippets()));
});
