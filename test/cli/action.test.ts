// The GitHub Action (action.yml), run the way the runner runs a composite action: each step's script in
// bash with its env (inputs substituted), GITHUB_ACTION_PATH, GITHUB_STEP_SUMMARY, GITHUB_OUTPUT and
// RUNNER_TEMP set, in a workspace that holds design docs. Needs the built command line (dist/cli.cjs).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { tempDir } from '../support/temp.js';

const root = new URL('../../', import.meta.url).pathname;
const AjvDraft04 = createRequire(import.meta.url)('ajv-draft-04') as typeof import('ajv').default;

interface Step {
  id?: string;
  shell: string;
  run: string;
  env?: Record<string, string>;
}
interface Action {
  inputs: Record<string, { default?: string; required?: boolean }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parseYaml(readFileSync(join(root, 'action.yml'), 'utf8')) as Action;

/** Runs the action's steps as the runner would; returns the exit code, the summary, the outputs. */
function runAction(workspace: string, given: Record<string, string>) {
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) inputs[name] = given[name] ?? spec.default ?? '';
  const temp = tempDir('mldr-runner-');
  const summary = join(temp, 'step_summary.md');
  const outputFile = join(temp, 'output.txt');
  writeFileSync(summary, '');
  writeFileSync(outputFile, '');
  const stepOutputs: Record<string, Record<string, string>> = {};
  let code = 0;
  let stderr = '';
  let stdout = '';
  for (const step of action.runs.steps) {
    assert.equal(step.shell, 'bash');
    writeFileSync(outputFile, '');
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? temp,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_ACTION_PATH: root,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: outputFile,
      RUNNER_TEMP: temp,
    };
    for (const [k, v] of Object.entries(step.env ?? {})) env[k] = v.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, name: string) => inputs[name] ?? '');
    // The runner's bash: `bash --noprofile --norc -eo pipefail {0}`.
    const script = join(temp, 'step.sh');
    writeFileSync(script, step.run);
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd: workspace, env, encoding: 'utf8' });
    stderr += r.stderr;
    stdout += r.stdout;
    if (step.id) {
      stepOutputs[step.id] = Object.fromEntries(
        readFileSync(outputFile, 'utf8')
          .split('\n')
          .filter((l) => l.includes('='))
          .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
      );
    }
    code = r.status ?? 2;
    if (code !== 0) break;
  }
  const outputs = Object.fromEntries(
    Object.entries(action.outputs).map(([name, o]) => [
      name,
      o.value.replace(/\$\{\{\s*steps\.([\w-]+)\.outputs\.([\w-]+)\s*\}\}/g, (_, id: string, key: string) => stepOutputs[id]?.[key] ?? ''),
    ]),
  );
  return { code, summary: readFileSync(summary, 'utf8'), outputs, stderr, stdout };
}

function workspace(): string {
  const dir = tempDir('mldr-workspace-');
  copyFileSync(join(root, 'examples/churn-prediction-design.md'), join(dir, 'churn.md'));
  writeFileSync(join(dir, 'README.md'), '# A project\n\nNot a design doc.\n');
  return dir;
}

describe('GitHub Action (action.yml) run as the runner runs it', () => {
  before(() => assert.ok(existsSync(join(root, 'dist/cli.cjs')), 'dist/cli.cjs is missing: run `node esbuild.js` first'));

  it('declares its inputs with defaults, a composite run and a sarif-file output', () => {
    assert.equal(action.runs.using, 'composite');
    for (const name of ['paths', 'fail-on', 'baseline', 'changed-since', 'config', 'sarif-file']) assert.ok(name in action.inputs, name);
    assert.equal(action.inputs['fail-on']?.default, 'error');
    assert.ok(action.outputs['sarif-file']);
  });

  it('writes a valid SARIF file and the review as the job summary; passes when nothing reaches fail-on', function () {
    this.timeout(60_000);
    const ws = workspace();
    const r = runAction(ws, {});
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.outputs['sarif-file'], 'ml-design-review.sarif');
    const sarif = JSON.parse(readFileSync(join(ws, 'ml-design-review.sarif'), 'utf8')) as {
      runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }>;
    };
    const schema = JSON.parse(readFileSync(join(root, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
    const validate = new AjvDraft04({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false }).compile(schema);
    assert.ok(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3)));
    const results = sarif.runs[0]?.results ?? [];
    assert.ok(results.length > 0);
    assert.ok(results.every((x) => x.locations[0]?.physicalLocation.artifactLocation.uri.endsWith('churn.md')));
    assert.match(r.summary, /^## ML design review/);
    assert.match(r.summary, /### `churn\.md`/);
    assert.match(r.summary, /\*\*Score \d+%\*\*/);
  });

  it('fails the step (exit 1) when a finding reaches fail-on, and says so as a workflow error', function () {
    this.timeout(60_000);
    const ws = workspace();
    const r = runAction(ws, { 'fail-on': 'warning', 'sarif-file': 'review.sarif' });
    assert.equal(r.code, 1);
    assert.equal(r.outputs['sarif-file'], 'review.sarif');
    assert.ok(existsSync(join(ws, 'review.sarif')));
    assert.match(r.summary, /finding\(s\)/);
    assert.match(r.stdout, /^::error::ML design review: findings at or above "warning"/m);
  });

  it('with a baseline, old findings are quiet and the step passes', function () {
    this.timeout(60_000);
    const ws = workspace();
    const cli = spawnSync(process.execPath, [join(root, 'dist/cli.cjs'), '--write-baseline', 'baseline.json', 'churn.md'], { cwd: ws, encoding: 'utf8' });
    assert.equal(cli.status, 0, cli.stderr);
    const r = runAction(ws, { 'fail-on': 'warning', baseline: 'baseline.json' });
    assert.equal(r.code, 0, r.stderr);
    const sarif = JSON.parse(readFileSync(join(ws, 'ml-design-review.sarif'), 'utf8')) as { runs: Array<{ results: unknown[] }> };
    assert.equal(sarif.runs[0]?.results.length, 0);
  });

  it('a usage error fails the step with exit 2', function () {
    this.timeout(60_000);
    const r = runAction(workspace(), { 'fail-on': 'loudly' });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown --fail-on "loudly"/);
  });
});

describe('pre-commit hook (.pre-commit-hooks.yaml)', () => {
  it('runs the package binary on Markdown files, and the binary takes files as pre-commit passes them', () => {
    const hooks = parseYaml(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Array<Record<string, unknown>>;
    const hook = hooks.find((h) => h.id === 'ml-design-review');
    assert.ok(hook);
    assert.equal(hook.language, 'node');
    assert.deepEqual(hook.types, ['markdown']);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string>; scripts: Record<string, string> };
    const bin = pkg.bin[String(hook.entry)];
    assert.ok(bin, `${String(hook.entry)} is a binary of the package`);
    assert.ok(pkg.scripts.prepare, 'npm install builds the binary (prepare)');
    // As pre-commit calls it: the entry, then the staged file names.
    const ws = workspace();
    const r = spawnSync(process.execPath, [join(root, bin), 'churn.md', 'README.md'], { cwd: ws, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /churn\.md/);
  });
});
