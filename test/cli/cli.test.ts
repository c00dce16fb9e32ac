// The command line: formats (golden files), exit codes, stdin, unreadable files and config errors.
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/cli/main.js';
import { createRequire } from 'node:module';
import { tempDir } from '../support/temp.js';

// ajv-draft-04 is CommonJS; the SARIF 2.1.0 schema is written in JSON Schema draft 04.
const AjvDraft04 = createRequire(import.meta.url)('ajv-draft-04') as typeof import('ajv').default;

const root = new URL('../../', import.meta.url).pathname;
const EXAMPLE = 'examples/churn-prediction-design.md';

async function cli(args: string[], stdin = '', cwd = root) {
  let out = '';
  let err = '';
  const code = await run(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), readStdin: () => stdin, cwd });
  return { code, out, err };
}

/** Compares with a golden file; UPDATE_GOLDEN=1 rewrites it. */
function golden(name: string, actual: string) {
  const file = join(root, 'test/golden', name);
  if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, actual);
  assert.equal(actual, readFileSync(file, 'utf8'), `golden ${name} differs (UPDATE_GOLDEN=1 to accept)`);
}

describe('command line', () => {
  const prev = process.cwd();
  before(() => process.chdir(root));
  after(() => process.chdir(prev));

  for (const [format, ext] of [
    ['text', 'txt'],
    ['json', 'json'],
    ['sarif', 'sarif'],
    ['markdown', 'md'],
    ['html', 'html'],
  ] as const) {
    it(`--format ${format} matches its golden file`, async () => {
      const r = await cli(['--format', format, EXAMPLE]);
      assert.equal(r.code, 0);
      golden(`example.${ext}`, r.out);
    });
  }
  it('the JSON follows the contract', async () => {
    const j = JSON.parse((await cli(['--format', 'json', EXAMPLE])).out);
    assert.equal(j.version, 1);
    const f = j.files[0];
    assert.equal(f.path, EXAMPLE);
    assert.equal(f.designDoc, true);
    assert.equal(f.checklist.length, 15);
    assert.equal(f.checklist[0].id, 'ml-suitability');
    const expectScore =
      f.checklist.reduce((a: number, c: { status: string }) => a + (c.status === 'addressed' ? 1 : c.status === 'partial' ? 0.5 : 0), 0) /
      f.checklist.filter((c: { status: string }) => c.status !== 'not-applicable').length;
    assert.equal(f.score, Math.round(expectScore * 100) / 100);
    for (const x of f.findings) for (const k of ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn']) assert.ok(k in x, k);
  });
  it('SARIF output validates against the SARIF 2.1.0 schema', async () => {
    const schema = JSON.parse(readFileSync(join(root, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const ajv = new AjvDraft04({ strict: false, validateFormats: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    const ok = validate(JSON.parse((await cli(['--format', 'sarif', EXAMPLE])).out));
    assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 3)));
  });
  it('exit 1 when findings reach --fail-on', async () => {
    assert.equal((await cli(['--fail-on', 'warning', EXAMPLE])).code, 1);
    assert.equal((await cli(['--fail-on', 'error', EXAMPLE])).code, 0);
    assert.equal((await cli(['--fail-on', 'none', EXAMPLE])).code, 0);
  });
  it('reads stdin with "-"', async () => {
    const r = await cli(['--format', 'json', '--stdin-path', 'doc.md', '-'], readFileSync(join(root, EXAMPLE), 'utf8'));
    assert.equal(JSON.parse(r.out).files[0].path, 'doc.md');
  });
  it('a missing file goes to errors, the others are analysed, exit 2', async () => {
    const r = await cli(['--format', 'json', 'missing.md', EXAMPLE]);
    assert.equal(r.code, 2);
    const j = JSON.parse(r.out);
    assert.equal(j.files.length, 1);
    assert.equal(j.errors[0].path, 'missing.md');
  });
  it('folders and globs expand to Markdown files', async () => {
    assert.equal(JSON.parse((await cli(['--format', 'json', 'examples'])).out).files.length, 1);
    assert.equal(JSON.parse((await cli(['--format', 'json', 'examples/*.md'])).out).files.length, 1);
  });
  it('usage errors exit 2 with a message', async () => {
    const r = await cli(['--format', 'yaml', EXAMPLE]);
    assert.equal(r.code, 2);
    assert.match(r.err, /unknown format "yaml"/);
    assert.equal((await cli([])).code, 2);
  });
  it('a config error names the file and line and exits 2', async () => {
    const dir = tempDir('mldr-');
    writeFileSync(join(dir, '.ml-design-review.jsonc'), '{\n  "rules": { "require-monitoring": "loud" }\n}\n');
    writeFileSync(join(dir, 'doc.md'), '# Doc\n');
    const r = await cli(['doc.md'], '', dir);
    process.chdir(root);
    assert.equal(r.code, 2);
    assert.match(r.err, /\.ml-design-review\.jsonc:2:\d+: config error: rules\.require-monitoring must be one of/);
  });
  it('the config turns rules off', async () => {
    const dir = tempDir('mldr-');
    writeFileSync(join(dir, 'cfg.jsonc'), '{ "rules": { "no-placeholder": "off" } }');
    const j = JSON.parse((await cli(['--format', 'json', '--config', join(dir, 'cfg.jsonc'), EXAMPLE])).out);
    assert.ok(!j.files[0].findings.some((f: { ruleId: string }) => f.ruleId === 'no-placeholder'));
  });
});
