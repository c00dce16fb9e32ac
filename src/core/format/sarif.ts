// SARIF 2.1.0 output, for code scanning.
import { RULES } from '../rules/index.js';
import { LineIndex } from '../positions.js';
import type { FileError, FileReport } from './report.js';
import type { Severity } from '../types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** Renders findings as a SARIF 2.1.0 log. */
export function formatSarif(files: FileReport[], errors: FileError[], version: string, docsBase: string): string {
  const rules = RULES.map((r) => ({
    id: r.meta.id,
    name: r.meta.id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: r.meta.title },
    fullDescription: { text: r.meta.rationale },
    help: { text: r.meta.howToFix, markdown: r.meta.howToFix },
    helpUri: `${docsBase}#${r.meta.id}`,
    defaultConfiguration: { level: LEVEL[r.meta.defaultSeverity] },
  }));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results = files.flatMap(({ path, text, result }) => {
    const index = new LineIndex(text);
    return result.findings.map((f) => {
      const s = index.lineColumn(f.start);
      const e = index.lineColumn(f.end);
      return {
        ruleId: f.ruleId,
        ruleIndex: ruleIndex.get(f.ruleId) ?? -1,
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: toUri(path) },
              region: { startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column },
            },
          },
        ],
        ...(f.related?.length
          ? {
              relatedLocations: f.related.map((r, id) => {
                const rs = index.lineColumn(r.start);
                const re = index.lineColumn(r.end);
                return {
                  id,
                  message: { text: r.message },
                  physicalLocation: {
                    artifactLocation: { uri: toUri(path) },
                    region: { startLine: rs.line, startColumn: rs.column, endLine: re.line, endColumn: re.column },
                  },
                };
              }),
            }
          : {}),
      };
    });
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'ml-design-review', version, informationUri: docsBase, rules } },
        columnKind: 'utf16CodeUnits',
        results,
        invocations: [
          {
            executionSuccessful: errors.length === 0,
            toolExecutionNotifications: errors.map((e) => ({ level: 'error', message: { text: `${e.path}: ${e.message}` } })),
          },
        ],
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function toUri(path: string): string {
  return path.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');
}
