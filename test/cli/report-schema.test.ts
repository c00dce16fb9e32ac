// The JSON contract against its published schema (schemas/report.schema.json), on real CLI output.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { run } from '../../src/cli/main.js';
import { CHECKLIST } from '../../src/core/items/index.js';

const root = new URL('../../', import.meta.url).pathname;
const schema = JSON.parse(readFileSync(join(root, 'schemas/report.schema.json'), 'utf8'));

async function json(args: string[]): Promise<unknown> {
  let out = '';
  await run(['--format', 'json', ...args], { stdout: (s) => (out += s), stderr: () => undefined, readStdin: () => '', cwd: root });
  return JSON.parse(out);
}

describe('JSON report schema', () => {
  const prev = process.cwd();
  before(() => process.chdir(root));
  after(() => process.chdir(prev));
  const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

  for (const file of ['examples/churn-prediction-design.md', 'test/fixtures/complete.md']) {
    it(`CLI output for ${file} validates`, async () => {
      const report = (await json([file])) as { files: Array<{ checklist: Array<{ facets: Array<{ id: string; found: boolean; evidence: unknown[] }> }> }> };
      assert.ok(validate(report), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
      // Facets carry evidence exactly when found.
      for (const c of report.files[0]!.checklist) for (const f of c.facets) assert.equal(f.found, f.evidence.length > 0, f.id);
    });
  }

  it('an unreadable file and several files validate too', async () => {
    const report = await json(['missing.md', 'examples/churn-prediction-design.md', 'test/fixtures/complete.md']);
    assert.ok(validate(report), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
  });

  it('rejects what breaks the contract', async () => {
    const good = (await json(['examples/churn-prediction-design.md'])) as { files: Array<{ checklist: Array<Record<string, unknown>> }> };
    const bad = structuredClone(good);
    bad.files[0]!.checklist[0]!.status = 'done';
    assert.equal(validate(bad), false);
    const noFacets = structuredClone(good);
    delete noFacets.files[0]!.checklist[0]!.facets;
    assert.equal(validate(noFacets), false);
  });

  it('the schema names every checklist id, in the checklist order', () => {
    assert.deepEqual(
      schema.definitions.checklistId.enum,
      CHECKLIST.map((i) => i.id),
    );
  });
});
