// JUnit XML output, the test-report format every CI system reads (GitLab, Jenkins, Azure Pipelines, CircleCI):
// a test suite per file, a failing test case per finding. Document text is untrusted, so every string is escaped.
import { ruleMeta } from '../rules/index.js';
import { checklistItem } from '../items/index.js';
import { LineIndex, toLineColumnRange } from '../positions.js';
import type { FileError, FileReport } from './report.js';

/** The test case of a file without findings, so its suite is not empty (some readers drop or fail empty suites). */
const PASSED = 'ML design review';

/** The test case of a file that could not be read. */
const UNREAD = 'read file';

/**
 * Replaces what XML 1.0 cannot carry at all, not even as a character reference, by U+FFFD: C0 controls other
 * than tab, LF and CR, lone surrogates (which UTF-8 cannot encode either), and U+FFFE / U+FFFF.
 */
export function xmlSafe(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let bad = (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffe || c === 0xffff;
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      // A pair is fine: step over its second half. NaN past the end compares false, so a trailing half is lone.
      if (d >= 0xdc00 && d <= 0xdfff) i++;
      else bad = true;
    } else if (c >= 0xdc00 && c <= 0xdfff) bad = true;
    if (bad) {
      out += s.slice(from, i) + '\uFFFD';
      from = i + 1;
    }
  }
  return from === 0 ? s : out + s.slice(from);
}

/**
 * Escapes element content: "&" and "<", ">" (so "]]>" cannot appear), and CR, which parsers would otherwise fold
 * into LF. Quotes need no escape outside attributes, and the body stays readable in a raw log.
 */
export function escapeXmlText(s: string): string {
  return xmlSafe(s).replace(/[&<>\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Escapes an attribute value: as element content, plus both quotes, and tab and LF, which attribute normalisation turns into spaces. */
export function escapeXmlAttribute(s: string): string {
  return xmlSafe(s).replace(/[&<>"'\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** `name="value"` pairs, escaped. */
function attrs(pairs: Record<string, string | number>): string {
  return Object.entries(pairs)
    .map(([k, v]) => ` ${k}="${escapeXmlAttribute(String(v))}"`)
    .join('');
}

/** Renders findings as JUnit XML; `version` is the tool's, recorded as a property of each suite. */
export function formatJunit(files: FileReport[], errors: FileError[], version: string): string {
  const properties = `    <properties>\n      <property${attrs({ name: 'ml-design-review.version', value: version })}/>\n    </properties>\n`;
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const { path, text, result } of files) {
    const index = new LineIndex(text);
    const cases = result.findings.map((f) => {
      const r = toLineColumnRange(index, f.start, f.end);
      const rule = ruleMeta(f.ruleId);
      const item = f.checklistItem ? checklistItem(f.checklistItem) : undefined;
      // The body is what a CI page shows under the failed test: where, how bad, which rule, and the item it is about.
      const body = [
        `${path}:${r.line}:${r.column}: ${f.severity}: ${f.message}`,
        `Rule: ${f.ruleId}${rule ? ` (${rule.title})` : ''}`,
        ...(f.checklistItem ? [`Checklist item: ${item ? `${item.title} (${f.checklistItem})` : f.checklistItem}`] : []),
      ].join('\n');
      return (
        `    <testcase${attrs({ classname: path, name: `${f.ruleId} (line ${r.line})` })}>\n` +
        `      <failure${attrs({ message: f.message, type: f.severity })}>${escapeXmlText(body)}</failure>\n` +
        `    </testcase>\n`
      );
    });
    if (!cases.length) cases.push(`    <testcase${attrs({ classname: path, name: PASSED })}/>\n`);
    tests += cases.length;
    failures += result.findings.length;
    suites.push(
      `  <testsuite${attrs({ name: path, tests: cases.length, failures: result.findings.length, errors: 0, skipped: 0 })}>\n` +
        properties +
        cases.join('') +
        `  </testsuite>\n`,
    );
  }
  // An unreadable file is an error, not a failure: the review did not run, so nothing about the document is known.
  for (const e of errors) {
    tests++;
    suites.push(
      `  <testsuite${attrs({ name: e.path, tests: 1, failures: 0, errors: 1, skipped: 0 })}>\n` +
        properties +
        `    <testcase${attrs({ classname: e.path, name: UNREAD })}>\n` +
        `      <error${attrs({ message: e.message, type: 'read-error' })}>${escapeXmlText(`${e.path}: ${e.message}`)}</error>\n` +
        `    </testcase>\n` +
        `  </testsuite>\n`,
    );
  }
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites${attrs({ name: 'ml-design-review', tests, failures, errors: errors.length })}>\n` +
    suites.join('') +
    '</testsuites>\n'
  );
}
