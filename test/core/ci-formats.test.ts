// CI formats: JUnit XML read by a real XML parser, GitLab Code Quality checked against its documented shape,
// and the fingerprints that let GitLab tell a new finding from one that only moved.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { analyse } from '../../src/core/analyse.js';
import { toJsonReport, type FileError, type FileReport } from '../../src/core/format/report.js';
import { formatJunit, xmlSafe } from '../../src/core/format/junit.js';
import { formatGitlab, type GitlabIssue } from '../../src/core/format/gitlab.js';
import { findingFingerprint, findingFingerprints, fnv1a64 } from '../../src/core/format/fingerprint.js';
import type { Finding } from '../../src/core/types.js';

// sax is CommonJS without types; only what these tests use is declared. Strict mode with strict entities
// rejects unbalanced tags, unknown entities, a bare "&" and a bare "<" in content.
interface SaxTag {
  name: string;
  attributes: Record<string, string>;
}
interface SaxParser {
  onopentag: (tag: SaxTag) => void;
  onclosetag: (name: string) => void;
  ontext: (text: string) => void;
  write(s: string): SaxParser;
  close(): SaxParser;
}
const sax = createRequire(import.meta.url)('sax') as { parser(strict: boolean, opt: { strictEntities: boolean }): SaxParser };

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/**
 * Parses XML into a tree, failing on anything not well-formed. sax does not check the XML 1.0 Char production,
 * a "<" inside an attribute value, "]]>" in content or a second root, so those are checked here on the raw text.
 */
function parseXml(xml: string): XmlElement {
  const bad = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.exec(xml);
  assert.equal(bad, null, `character outside XML 1.0 at ${bad?.index}: U+${bad?.[0].codePointAt(0)?.toString(16)}`);
  for (const m of xml.matchAll(/="([^"]*)"/g)) assert.ok(!m[1]!.includes('<'), `"<" in attribute value ${m[1]}`);
  assert.ok(!xml.includes(']]>'), '"]]>" in content');
  const roots: XmlElement[] = [];
  const stack: XmlElement[] = [];
  const p = sax.parser(true, { strictEntities: true });
  p.onopentag = (tag) => {
    const el: XmlElement = { name: tag.name, attributes: tag.attributes, children: [], text: '' };
    (stack.length ? stack[stack.length - 1]!.children : roots).push(el);
    stack.push(el);
  };
  p.onclosetag = () => void stack.pop();
  p.ontext = (t) => {
    if (stack.length) stack[stack.length - 1]!.text += t;
  };
  p.write(xml).close();
  assert.equal(roots.length, 1, 'one root element');
  return roots[0]!;
}

const root = new URL('../../', import.meta.url).pathname;
const read = (path: string) => readFileSync(root + path, 'utf8');
const report = (path: string, text = read(path)): FileReport => ({ path, text, result: analyse(text, { path }) });

/** The documents the reports are built from: findings of every kind (items, placeholders, a connection) and none. */
const DOCS = [
  'examples/churn-prediction-design.md',
  'test/fixtures/complete.md',
  'test/fixtures/rules/no-placeholder/basic.md',
  'test/fixtures/rules/random-split-time-data/fires.md',
];
const UNREADABLE: FileError = { path: 'docs/missing.md', message: 'ENOENT: no such file or directory' };

/** Inserts text where an author would add it first: after the front matter, which must stay on line 1. */
function insertAtTop(text: string, added: string): string {
  const fm = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
  const at = fm ? fm[0].length : 0;
  return text.slice(0, at) + added + text.slice(at);
}
const ADDED = '\n\n\nThis paragraph was written later, above everything else.\n';

describe('CI formats', () => {
  const reports = DOCS.map((d) => report(d));
  const findingCount = reports.reduce((n, r) => n + r.result.findings.length, 0);

  it('the reports cover findings and a file without any', () => {
    assert.ok(findingCount >= 20, String(findingCount));
    assert.equal(reports.find((r) => r.path === 'test/fixtures/complete.md')?.result.findings.length, 0);
  });

  describe('JUnit XML', () => {
    const xml = formatJunit(reports, [UNREADABLE], '1.2.3');
    // Parsed in a hook, so output that is not well-formed fails a test instead of the whole run.
    let doc: XmlElement;
    let suites: XmlElement[];
    before(() => {
      doc = parseXml(xml);
      suites = doc.children;
    });

    it('is well-formed, with an XML declaration and a testsuites root', () => {
      assert.ok(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n'));
      assert.equal(doc.name, 'testsuites');
      assert.equal(doc.attributes.name, 'ml-design-review');
      assert.ok(suites.every((s) => s.name === 'testsuite'));
    });

    it('the counts: a failure per finding, a passing case per clean file, an error per unreadable file', () => {
      const clean = reports.filter((r) => !r.result.findings.length).length;
      assert.equal(Number(doc.attributes.failures), findingCount);
      assert.equal(Number(doc.attributes.errors), 1);
      assert.equal(Number(doc.attributes.tests), findingCount + clean + 1);
      const cases = suites.flatMap((s) => s.children.filter((c) => c.name === 'testcase'));
      assert.equal(cases.length, Number(doc.attributes.tests));
      assert.equal(cases.filter((c) => c.children.some((x) => x.name === 'failure')).length, findingCount);
      // Each suite's own attributes agree with its cases.
      for (const s of suites) {
        const own = s.children.filter((c) => c.name === 'testcase');
        assert.equal(Number(s.attributes.tests), own.length, s.attributes.name);
        assert.equal(Number(s.attributes.failures), own.filter((c) => c.children.some((x) => x.name === 'failure')).length);
        assert.equal(Number(s.attributes.errors), own.filter((c) => c.children.some((x) => x.name === 'error')).length);
      }
    });

    it('a suite per file, in order, and a test case per finding with the rule, line, severity and message', () => {
      assert.deepEqual(
        suites.map((s) => s.attributes.name),
        [...DOCS, UNREADABLE.path],
      );
      const json = toJsonReport(reports, []);
      json.files.forEach((file, i) => {
        const suite = suites[i]!;
        const failing = suite.children.filter((c) => c.name === 'testcase' && c.children.length);
        assert.equal(failing.length, file.findings.length);
        file.findings.forEach((f, j) => {
          const tc = failing[j]!;
          assert.equal(tc.attributes.classname, file.path);
          assert.equal(tc.attributes.name, `${f.ruleId} (line ${f.line})`);
          const failure = tc.children[0]!;
          assert.equal(failure.name, 'failure');
          assert.equal(failure.attributes.type, f.severity);
          assert.equal(failure.attributes.message, f.message);
          assert.ok(failure.text.startsWith(`${file.path}:${f.line}:${f.column}: ${f.severity}: ${f.message}\n`), failure.text);
          assert.match(failure.text, new RegExp(`^Rule: ${f.ruleId}\\b`, 'm'));
          if (f.checklistItem) assert.match(failure.text, new RegExp(`^Checklist item: .*\\(${f.checklistItem}\\)$`, 'm'));
        });
      });
    });

    it('a file without findings has one passing case; the version is a suite property', () => {
      const suite = suites.find((s) => s.attributes.name === 'test/fixtures/complete.md')!;
      const cases = suite.children.filter((c) => c.name === 'testcase');
      assert.equal(cases.length, 1);
      assert.equal(cases[0]!.attributes.name, 'ML design review');
      assert.equal(cases[0]!.children.length, 0);
      const property = suite.children.find((c) => c.name === 'properties')?.children[0];
      assert.deepEqual(property?.attributes, { name: 'ml-design-review.version', value: '1.2.3' });
    });

    it('an unreadable file is a test case with an error', () => {
      const suite = suites[suites.length - 1]!;
      const tc = suite.children.find((c) => c.name === 'testcase')!;
      assert.equal(tc.attributes.classname, UNREADABLE.path);
      assert.equal(tc.children[0]?.name, 'error');
      assert.equal(tc.children[0]?.attributes.message, UNREADABLE.message);
      assert.equal(tc.children[0]?.text, `${UNREADABLE.path}: ${UNREADABLE.message}`);
    });

    it('no files: an empty testsuites element that still parses', () => {
      const empty = parseXml(formatJunit([], [], '1.2.3'));
      assert.deepEqual(empty.attributes, { name: 'ml-design-review', tests: '0', failures: '0', errors: '0' });
    });

    it('hostile paths, messages and documents still parse, and read back as written (minus what XML cannot carry)', () => {
      const hostile = `<script>alert("x" & 'y')</script> ]]> <![CDATA[ --> \u0000\u0001\u0008\u000B\u000C\u001B\u001F \uD800 x \uDC00 \uFFFE\uFFFF \t tab\nline\r\nCRLF 😀 &amp; &#0;`;
      const path = `docs/${hostile}.md`;
      // A document with the same characters, analysed for real: its findings quote it.
      const text = insertAtTop(read('test/fixtures/rules/random-split-time-data/fires.md'), `\n${hostile}\n`).replace('two years', `two ${hostile} years`);
      const base = report(path, text);
      assert.ok(base.result.findings.length > 0);
      const findings: Finding[] = base.result.findings.map((f, i) => (i === 0 ? { ...f, message: hostile, checklistItem: hostile } : f));
      const out = formatJunit([{ ...base, result: { ...base.result, findings } }], [{ path, message: hostile }], hostile);
      const parsed = parseXml(out);
      const expected = xmlSafe(hostile);
      const expectedPath = xmlSafe(path);
      assert.notEqual(expected, hostile);
      assert.ok(!out.includes('<script>'));
      const suite = parsed.children[0]!;
      assert.equal(suite.attributes.name, expectedPath);
      assert.equal(suite.children.find((c) => c.name === 'properties')?.children[0]?.attributes.value, expected);
      const first = suite.children.find((c) => c.name === 'testcase')!;
      assert.equal(first.attributes.classname, expectedPath);
      assert.equal(first.children[0]?.attributes.message, expected);
      assert.ok(first.children[0]?.text.includes(`Checklist item: ${expected}`));
      const error = parsed.children[1]!.children.find((c) => c.name === 'testcase')!.children[0]!;
      assert.equal(error.attributes.message, expected);
      assert.equal(error.text, `${expectedPath}: ${expected}`);
    });

    it('xmlSafe keeps tab, LF, CR and surrogate pairs, and replaces what XML 1.0 excludes', () => {
      assert.equal(xmlSafe('a\tb\nc\rd 😀 é'), 'a\tb\nc\rd 😀 é');
      assert.equal(xmlSafe('\u0000a\u001Fb\uFFFEc\uFFFF'), '\uFFFDa\uFFFDb\uFFFDc\uFFFD');
      assert.equal(xmlSafe('\uD800'), '\uFFFD');
      assert.equal(xmlSafe('x\uDC00\uD83D'), 'x\uFFFD\uFFFD');
      assert.equal(xmlSafe('\uDE00\uD83D\uDE00'), '\uFFFD😀');
    });
  });

  describe('GitLab Code Quality', () => {
    const SEVERITIES = ['info', 'minor', 'major', 'critical', 'blocker'];
    const issues = JSON.parse(formatGitlab(reports)) as GitlabIssue[];

    it('an array with an issue per finding, each of the documented shape', () => {
      assert.ok(Array.isArray(issues));
      assert.equal(issues.length, findingCount);
      for (const issue of issues) {
        assert.deepEqual(Object.keys(issue).sort(), ['check_name', 'description', 'fingerprint', 'location', 'severity']);
        assert.equal(typeof issue.description, 'string');
        assert.ok(issue.description.length > 0);
        assert.equal(typeof issue.check_name, 'string');
        assert.match(issue.fingerprint, /^[0-9a-f]{16}$/);
        assert.ok(SEVERITIES.includes(issue.severity), issue.severity);
        assert.deepEqual(Object.keys(issue.location).sort(), ['lines', 'path']);
        assert.equal(typeof issue.location.path, 'string');
        assert.deepEqual(Object.keys(issue.location.lines), ['begin']);
        assert.ok(Number.isInteger(issue.location.lines.begin) && issue.location.lines.begin >= 1);
      }
    });

    it('rule, message, severity, path and line agree with the JSON contract', () => {
      const json = toJsonReport(reports, []).files.flatMap((f) => f.findings.map((x) => ({ path: f.path, ...x })));
      const severity = { error: 'major', warning: 'minor', info: 'info', hint: 'info' };
      assert.deepEqual(
        issues.map((i) => [i.location.path, i.location.lines.begin, i.check_name, i.severity, i.description]),
        json.map((f) => [f.path, f.line, f.ruleId, severity[f.severity], f.message]),
      );
    });

    it('fingerprints are unique within a report, even for identical findings in one file', () => {
      assert.equal(new Set(issues.map((i) => i.fingerprint)).size, issues.length);
      const twice = read('test/fixtures/rules/no-placeholder/basic.md') + '\nOwner: TBD\n\nReviewer: TBD\n';
      const dup = JSON.parse(formatGitlab([report('docs/twice.md', twice)])) as GitlabIssue[];
      assert.ok(dup.filter((i) => i.check_name === 'no-placeholder').length >= 3);
      assert.equal(new Set(dup.map((i) => i.fingerprint)).size, dup.length);
    });

    it('fingerprints stay when lines are inserted above the findings; the lines move', () => {
      for (const path of ['examples/churn-prediction-design.md', 'test/fixtures/rules/random-split-time-data/fires.md']) {
        const text = read(path);
        const before = JSON.parse(formatGitlab([report(path, text)])) as GitlabIssue[];
        const after = JSON.parse(formatGitlab([report(path, insertAtTop(text, ADDED))])) as GitlabIssue[];
        assert.deepEqual(
          after.map((i) => i.check_name),
          before.map((i) => i.check_name),
          path,
        );
        assert.ok(before.length > 0);
        assert.deepEqual(
          after.map((i) => i.fingerprint),
          before.map((i) => i.fingerprint),
          path,
        );
        assert.deepEqual(
          after.map((i) => i.location.lines.begin),
          before.map((i) => i.location.lines.begin + 4),
        );
      }
    });

    it('paths are repository paths (forward slashes, no "./"), and an empty report is an empty array', () => {
      const text = read('test/fixtures/rules/no-placeholder/basic.md');
      const dotted = JSON.parse(formatGitlab([report('.\\docs\\a.md', text)])) as GitlabIssue[];
      const plain = JSON.parse(formatGitlab([report('docs/a.md', text)])) as GitlabIssue[];
      assert.ok(dotted.every((i) => i.location.path === 'docs/a.md'));
      assert.deepEqual(
        dotted.map((i) => i.fingerprint),
        plain.map((i) => i.fingerprint),
      );
      assert.equal(formatGitlab([]), '[]\n');
    });
  });

  describe('findingFingerprint', () => {
    const path = 'test/fixtures/rules/random-split-time-data/fires.md';
    const text = read(path);
    const moved = insertAtTop(text, ADDED);
    const finding = analyse(text, { path }).findings.find((f) => f.ruleId === 'random-split-time-data')!;
    const again = analyse(moved, { path }).findings.find((f) => f.ruleId === 'random-split-time-data')!;

    it('FNV-1a 64 matches the published test vectors', () => {
      assert.equal(fnv1a64(''), 'cbf29ce484222325');
      assert.equal(fnv1a64('a'), 'af63dc4c8601ec8c');
      assert.equal(fnv1a64('foobar'), '85944171f73967e8');
    });

    it('the same finding after an edit above: other offsets, another line in its message, the same fingerprint', () => {
      assert.ok(finding && again);
      assert.notEqual(again.start, finding.start);
      assert.notEqual(again.message, finding.message);
      assert.equal(findingFingerprint(path, moved, again), findingFingerprint(path, text, finding));
    });

    it('reflowing the text it covers keeps it; another rule, path, text or message changes it', () => {
      const fp = findingFingerprint(path, text, finding);
      const reflowed = text.slice(0, finding.start) + text.slice(finding.start, finding.end).replace(/ /g, ' \n  ') + text.slice(finding.end);
      const grown = { ...finding, end: finding.end + (reflowed.length - text.length) };
      assert.equal(findingFingerprint(path, reflowed, grown), fp);
      assert.notEqual(findingFingerprint(path, text, { ...finding, ruleId: 'no-placeholder' }), fp);
      assert.notEqual(findingFingerprint('other.md', text, finding), fp);
      assert.notEqual(findingFingerprint(path, text, { ...finding, start: finding.start + 1 }), fp);
      assert.notEqual(findingFingerprint(path, text, { ...finding, message: finding.message + '!' }), fp);
    });

    it('findingFingerprints tells identical findings apart, the first keeping the plain fingerprint', () => {
      const twin: Finding = { ...finding };
      const [a, b] = findingFingerprints(path, text, [finding, twin]);
      assert.equal(a, findingFingerprint(path, text, finding));
      assert.notEqual(b, a);
    });
  });
});
