// GitLab Code Quality output (artifacts:reports:codequality), shown in the merge request widget and diff.
// Shape: docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format: an array of {description, check_name, fingerprint, severity, location.path, location.lines.begin}.
import { LineIndex } from '../positions.js';
import { findingFingerprints } from './fingerprint.js';
import type { FileReport } from './report.js';
import type { Severity } from '../types.js';

/** GitLab's severity scale, lowest first. */
export type GitlabSeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

/** One Code Quality issue: the subset of the Code Climate spec GitLab reads (other keys are ignored, so none are sent). */
export interface GitlabIssue {
  description: string;
  /** The rule id. */
  check_name: string;
  /** Stable across runs and edits above the finding: GitLab diffs reports by it to tell new findings from old. */
  fingerprint: string;
  severity: GitlabSeverity;
  location: { path: string; lines: { begin: number } };
}

/** Errors rank above warnings in the widget; critical and blocker are left for problems that break things. */
const SEVERITY: Record<Severity, GitlabSeverity> = { error: 'major', warning: 'minor', info: 'info', hint: 'info' };

/** Renders findings as a GitLab Code Quality report (unreadable files have no place in it: the exit code tells). */
export function formatGitlab(files: FileReport[]): string {
  const issues: GitlabIssue[] = files.flatMap(({ path, text, result }) => {
    const index = new LineIndex(text);
    const repoPath = toRepoPath(path);
    const fingerprints = findingFingerprints(repoPath, text, result.findings);
    return result.findings.map((f, i) => ({
      description: f.message,
      check_name: f.ruleId,
      fingerprint: fingerprints[i] as string,
      severity: SEVERITY[f.severity],
      location: { path: repoPath, lines: { begin: index.lineColumn(f.start).line } },
    }));
  });
  return JSON.stringify(issues, null, 2) + '\n';
}

/** GitLab matches `location.path` against repository paths: forward slashes, no leading "./". */
function toRepoPath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
}
