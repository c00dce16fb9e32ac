// The command line in pull requests and CI: --changed-since on a real git repository, baselines, the
// result cache, worker threads, and the CI formats (JUnit, GitLab Code Quality) end to end.
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { run } from '../../src/cli/main.js';
import { tempDir } from '../support/temp.js';

const root = new URL('../../', import.meta.url).pathname;
const EXAMPLE = readFileSync(join(root, 'examples/churn-prediction-design.md'), 'utf8');
const BUILT = join(root, 'dist/cli.cjs');

/** The command line in-process, run from `cwd` (paths are read relative to the process's folder). */
async function cli(args: string[], cwd: string) {
  let out = '';
  let err = '';
  const prev = process.cwd();
  process.chdir(cwd);
  try {
    const code = await run(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), readStdin: () => '', cwd });
    return { code, out, err };
  } finally {
    process.chdir(prev);
  }
}

/** The built command line as a process (worker threads need the bundle). */
function built(args: string[], cwd: string) {
  assert.ok(existsSync(BUILT), 'dist/cli.cjs is missing: run `node esbuild.js` first');
  const r = spawnSync(process.execPath, [BUILT, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function tmp(): string {
  return tempDir('mldr-ci-');
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args],
    {
      cwd,
      encoding: 'utf8',
    },
  );
}

const ADAPTABILITY = `
## Adaptability

The model is retrained every month on the latest labelled cancellations. A feature flag switches the
campaign back to the rule-based list within minutes.
`;

/** The example without its Deployment section (its last). */
function withoutDeployment(text: string): string {
  return text.replace(/\n## Deployment\n[\s\S]*$/, '\n');
}

describe('command line in pull requests: --changed-since', () => {
  let repo: string;
  before(() => {
    repo = tmp();
    git(repo, 'init', '-q');
    mkdirSync(join(repo, 'docs'));
    writeFileSync(join(repo, 'docs/improved.md'), EXAMPLE);
    writeFileSync(join(repo, 'docs/worse.md'), EXAMPLE);
    writeFileSync(join(repo, 'docs/untouched.md'), EXAMPLE);
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'three docs');
    writeFileSync(join(repo, 'docs/improved.md'), EXAMPLE + ADAPTABILITY);
    writeFileSync(join(repo, 'docs/worse.md'), withoutDeployment(EXAMPLE));
    git(repo, 'commit', '-q', '-am', 'one better, one worse');
  });

  it('reviews only the changed docs, and the Markdown shows each score before and after with the items gained or lost', async () => {
    const r = await cli(['--changed-since', 'HEAD~1', '--format', 'markdown', '--fail-on', 'none', 'docs'], repo);
    assert.equal(r.code, 0, r.err);
    assert.ok(!r.out.includes('untouched.md'), 'the untouched doc is not reviewed');
    const row = (name: string) => r.out.split('\n').find((l) => l.startsWith(`| \`docs/${name}.md\``)) ?? '';
    // Both changed docs started as the example, so both start at its score.
    const base = JSON.parse((await cli(['--format', 'json', 'docs/untouched.md'], repo)).out) as { files: Array<{ score: number }> };
    const before = `${Math.round((base.files[0] as { score: number }).score * 100)}%`;
    assert.match(row('improved'), new RegExp(`^\\| \`docs/improved.md\` \\| ${before} \\| \\d+% ▲ \\| Adaptability \\(missing → addressed\\) \\|  \\|$`));
    assert.match(row('worse'), new RegExp(`^\\| \`docs/worse.md\` \\| ${before} \\| \\d+% ▼ \\|  \\| Deployment \\(addressed → missing\\) \\|$`));
    assert.match(r.out, /### Changes since `HEAD~1`/);
    // The per-file review follows for the changed docs only.
    assert.match(r.out, /### `docs\/improved.md`/);
    assert.match(r.out, /### `docs\/worse.md`/);
  });

  it('with no path given, reviews the changed Markdown files of the repository; untracked new docs count as new', async () => {
    writeFileSync(join(repo, 'docs/new.md'), EXAMPLE);
    const r = await cli(['--changed-since', 'HEAD~1', '--format', 'markdown', '--fail-on', 'none'], repo);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /\| `docs\/new.md` \| new \| \d+% \|/);
    assert.ok(!r.out.includes('untouched.md'));
    const json = JSON.parse((await cli(['--changed-since', 'HEAD~1', '--format', 'json', '--fail-on', 'none'], repo)).out) as {
      files: Array<{ path: string }>;
    };
    assert.deepEqual(json.files.map((f) => f.path).sort(), ['docs/improved.md', 'docs/new.md', 'docs/worse.md']);
  });

  it('an unknown ref, or a folder outside git, is a clear error (exit 2)', async () => {
    const unknown = await cli(['--changed-since', 'no-such-branch', 'docs'], repo);
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /unknown git ref "no-such-branch"/);
    const outside = tmp();
    writeFileSync(join(outside, 'doc.md'), EXAMPLE);
    const r = await cli(['--changed-since', 'HEAD', 'doc.md'], outside);
    assert.equal(r.code, 2);
    assert.match(r.err, /not in a git repository/);
    const option = await cli(['--changed-since', '--all', 'doc.md'], outside);
    assert.equal(option.code, 2, 'an option is not taken as a ref');
  });
});

describe('command line adoption: --baseline', () => {
  it('round trip: recorded findings stay quiet after an edit above them; only the new one is reported', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'doc.md'), EXAMPLE);
    const first = await cli(['--write-baseline', 'baseline.json', '--format', 'json', 'doc.md'], dir);
    assert.equal(first.code, 0, 'writing a baseline exits 0');
    const recorded = JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8')) as { findings: Array<{ ruleId: string; fingerprint: string }> };
    const today = JSON.parse(first.out) as { files: Array<{ findings: unknown[] }> };
    assert.ok(recorded.findings.length > 0);
    assert.equal(recorded.findings.length, today.files[0]?.findings.length);
    // An edit above every finding (lines move), plus one new problem below.
    const edited =
      EXAMPLE.replace('# Subscription churn prediction\n', '# Subscription churn prediction\n\nA note added on top.\n\nAnd another.\n').trimEnd() +
      '\n\nThe serving latency is TBD.\n';
    writeFileSync(join(dir, 'doc.md'), edited);
    const all = JSON.parse((await cli(['--format', 'json', '--fail-on', 'none', 'doc.md'], dir)).out) as {
      files: Array<{ findings: Array<{ ruleId: string; line: number }> }>;
    };
    const r = await cli(['--baseline', 'baseline.json', '--format', 'json', '--fail-on', 'none', 'doc.md'], dir);
    assert.equal(r.code, 0, r.err);
    const left = (JSON.parse(r.out) as { files: Array<{ findings: Array<{ ruleId: string; line: number; message: string }> }> }).files[0]?.findings ?? [];
    assert.ok((all.files[0]?.findings.length ?? 0) > left.length, 'the baseline absorbed the old findings');
    assert.equal(left.length, 1, JSON.stringify(left));
    assert.equal(left[0]?.ruleId, 'no-placeholder');
    assert.match(left[0]?.message ?? '', /TBD/);
  });

  it('a broken baseline names the file and line, and exits 2', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'doc.md'), EXAMPLE);
    writeFileSync(join(dir, 'baseline.json'), '{\n  "version": 1,\n  "findings": [\n    oops\n  ]\n}\n');
    const r = await cli(['--baseline', 'baseline.json', 'doc.md'], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /baseline\.json:4:5: the baseline is not valid JSON/);
    const missing = await cli(['--baseline', 'nope.json', 'doc.md'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /cannot read the baseline/);
  });
});

describe('command line speed: --cache and --concurrency', () => {
  it('a second run takes every result from the cache, with the same output', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.md'), EXAMPLE);
    writeFileSync(join(dir, 'b.md'), EXAMPLE + ADAPTABILITY);
    const first = await cli(['--cache', '--stats', '--format', 'json', '--fail-on', 'none', '.'], dir);
    assert.match(first.err, /2 file\(s\): 0 from the cache, 2 analysed/);
    const second = await cli(['--cache', '--stats', '--format', 'json', '--fail-on', 'none', '.'], dir);
    assert.match(second.err, /2 file\(s\): 2 from the cache, 0 analysed/);
    assert.equal(second.out, first.out);
    // An edit invalidates that file only.
    writeFileSync(join(dir, 'a.md'), EXAMPLE.replace('Around 4%', 'Around 5%'));
    assert.match((await cli(['--cache', '--stats', '.'], dir)).err, /1 from the cache, 1 analysed/);
  });

  it('a config change invalidates the cache', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.md'), EXAMPLE);
    await cli(['--cache', '.'], dir);
    writeFileSync(join(dir, '.ml-design-review.jsonc'), '{ "rules": { "no-placeholder": "off" } }\n');
    const r = await cli(['--cache', '--stats', '--format', 'json', '--fail-on', 'none', '.'], dir);
    assert.match(r.err, /0 from the cache, 1 analysed/);
    const findings = (JSON.parse(r.out) as { files: Array<{ findings: Array<{ ruleId: string }> }> }).files[0]?.findings ?? [];
    assert.ok(!findings.some((f) => f.ruleId === 'no-placeholder'), 'the new config applies');
  });

  it('a corrupt cache file is ignored and rebuilt; a tampered entry is not trusted', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.md'), EXAMPLE);
    const clean = await cli(['--format', 'json', '--fail-on', 'none', '.'], dir);
    writeFileSync(join(dir, '.ml-design-review-cache'), '{"format":1,"tool":');
    const r = await cli(['--cache', '--stats', '--format', 'json', '--fail-on', 'none', '.'], dir);
    assert.equal(r.code, 0);
    assert.match(r.err, /0 from the cache \(the cache file was corrupt and is rebuilt\), 1 analysed/);
    assert.equal(r.out, clean.out);
    // Rebuilt: the next run hits.
    assert.match((await cli(['--cache', '--stats', '.'], dir)).err, /1 from the cache/);
    // An entry whose result lost its shape is analysed again, not printed.
    const cache = JSON.parse(readFileSync(join(dir, '.ml-design-review-cache'), 'utf8')) as { entries: Record<string, { result: { checklist: unknown[] } }> };
    for (const e of Object.values(cache.entries)) e.result.checklist = [];
    writeFileSync(join(dir, '.ml-design-review-cache'), JSON.stringify(cache));
    const again = await cli(['--cache', '--stats', '--format', 'json', '--fail-on', 'none', '.'], dir);
    assert.match(again.err, /0 from the cache, 1 analysed/);
    assert.equal(again.out, clean.out);
  });

  it('worker threads give the same output as one thread, in the same order', function () {
    this.timeout(120_000);
    const dir = tmp();
    // Enough text for threads to be worth starting (over 256 KB), every file different.
    for (let i = 0; i < 40; i++)
      writeFileSync(
        join(dir, `doc-${String(i).padStart(2, '0')}.md`),
        EXAMPLE.replace(/\. /g, ` v${i}. `) + ADAPTABILITY.repeat(i % 3) + '\nFiller paragraph. '.repeat(400),
      );
    const one = built(['--concurrency', '1', '--stats', '--format', 'json', '--fail-on', 'none', '.'], dir);
    const two = built(['--concurrency', '2', '--stats', '--format', 'json', '--fail-on', 'none', '.'], dir);
    assert.equal(one.code, 0, one.err);
    assert.equal(two.code, 0, two.err);
    assert.match(one.err, /40 analysed on the main thread/);
    assert.match(two.err, /40 analysed on 2 worker thread\(s\)/);
    assert.equal(two.out, one.out);
  });

  it('--concurrency takes a whole number', async () => {
    const r = await cli(['--concurrency', 'lots', 'a.md'], tmp());
    assert.equal(r.code, 2);
    assert.match(r.err, /--concurrency needs a whole number/);
  });
});

describe('command line CI formats end to end', () => {
  // sax is CommonJS; it checks that the JUnit output is XML.
  const sax = createRequire(import.meta.url)('sax') as {
    parser: (strict: boolean) => { onerror: (e: Error) => void; write: (s: string) => { close: () => void } };
  };

  it('--format junit is XML with one failure per finding', async () => {
    const r = await cli(['--format', 'junit', '--fail-on', 'none', 'examples/churn-prediction-design.md'], root);
    const json = JSON.parse((await cli(['--format', 'json', 'examples/churn-prediction-design.md'], root)).out) as { files: Array<{ findings: unknown[] }> };
    const p = sax.parser(true);
    p.onerror = (e) => assert.fail(`not XML: ${e.message}`);
    p.write(r.out).close();
    assert.equal((r.out.match(/<failure /g) ?? []).length, json.files[0]?.findings.length);
  });

  it('--format gitlab is a Code Quality report', async () => {
    const r = await cli(['--format', 'gitlab', '--fail-on', 'none', 'examples/churn-prediction-design.md'], root);
    const issues = JSON.parse(r.out) as Array<Record<string, unknown>>;
    assert.ok(issues.length > 0);
    for (const i of issues) {
      assert.equal(typeof i.description, 'string');
      assert.equal(typeof i.check_name, 'string');
      assert.match(String(i.fingerprint), /^[0-9a-f]{16}$/);
      assert.ok(['info', 'minor', 'major', 'critical', 'blocker'].includes(String(i.severity)));
      const loc = i.location as { path: string; lines: { begin: number } };
      assert.equal(loc.path, 'examples/churn-prediction-design.md');
      assert.ok(Number.isInteger(loc.lines.begin) && loc.lines.begin >= 1);
    }
  });
});

describe('command line in a pipe', () => {
  it('stops quietly when the reader closes the pipe early (`| head`)', function () {
    this.timeout(60000);
    assert.ok(existsSync(BUILT), 'dist/cli.cjs is missing: run `node esbuild.js` first');
    const dir = tmp();
    // Enough output that it cannot all sit in the pipe's buffer before `head` exits.
    const files: string[] = [];
    for (let i = 0; i < 40; i++) {
      const f = join(dir, `doc-${i}.md`);
      writeFileSync(f, EXAMPLE);
      files.push(f);
    }
    const script = `"${process.execPath}" "${BUILT}" --all -f json ${files.map((f) => `"${f}"`).join(' ')} | head -c 100 >/dev/null; echo "rc=\${PIPESTATUS[0]}"`;
    const r = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
    assert.equal(r.stderr, '', 'no stack trace on stderr');
    assert.match(r.stdout, /rc=0/);
  });
});
