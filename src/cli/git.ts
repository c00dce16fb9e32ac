// What a pull request changed, from the system `git`: the Markdown files changed since a ref, and
// their text at that ref. Every failure is a GitError with a message a user can act on (exit 2).
import { spawnSync } from 'node:child_process';
import { relative, resolve, sep } from 'node:path';

export class GitError extends Error {}

/** Arguments never come from documents; the ref is checked to be a ref before use. */
function git(cwd: string, args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } });
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    throw new GitError(code === 'ENOENT' ? 'git is not installed (--changed-since needs it)' : `cannot run git: ${r.error.message}`);
  }
  if (r.status !== 0) throw new GitError(r.stderr.trim().split('\n')[0] || `git ${args[0]} failed`);
  return r.stdout;
}

/** One changed file: its path now (relative to cwd), and its path at the ref when it existed there. */
export interface ChangedFile {
  path: string;
  before?: string;
}

export interface Changes {
  /** The repository's top folder. */
  root: string;
  /** The ref as the user wrote it, and the commit it names. */
  ref: string;
  commit: string;
  files: ChangedFile[];
}

/** The files changed since `ref` (committed, staged, unstaged and untracked), with renames followed. */
export function changedSince(cwd: string, ref: string): Changes {
  let root: string;
  try {
    root = git(cwd, ['rev-parse', '--show-toplevel']).trim();
  } catch (e) {
    if (e instanceof GitError && /not a git repository/i.test(e.message)) throw new GitError(`${cwd} is not in a git repository (--changed-since needs one)`);
    throw e;
  }
  let commit: string;
  try {
    commit = git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).trim();
  } catch {
    throw new GitError(`unknown git ref "${ref}" (is the history fetched? in CI, check out with enough depth)`);
  }
  const toCwd = (p: string) => relative(cwd, resolve(root, p)).split(sep).join('/');
  const files: ChangedFile[] = [];
  // -z: paths as they are (no quoting); status, then one path, or two for a rename or copy.
  const fields = git(root, ['diff', '--name-status', '-z', '-M', '--no-ext-diff', commit, '--']).split('\0');
  for (let i = 0; i < fields.length - 1;) {
    const status = fields[i++] as string;
    if (status.startsWith('R') || status.startsWith('C')) {
      const from = fields[i++] as string;
      const to = fields[i++] as string;
      files.push({ path: toCwd(to), before: from });
    } else {
      const p = fields[i++] as string;
      if (status === 'D') continue;
      files.push(status === 'A' ? { path: toCwd(p) } : { path: toCwd(p), before: p });
    }
  }
  for (const p of git(root, ['ls-files', '--others', '--exclude-standard', '-z']).split('\0')) if (p) files.push({ path: toCwd(p) });
  return { root, ref, commit, files };
}

/** A file's text at a commit (path relative to the repository's top folder). */
export function textAt(root: string, commit: string, path: string): string | undefined {
  try {
    return git(root, ['show', `${commit}:${path}`]);
  } catch {
    return undefined;
  }
}
