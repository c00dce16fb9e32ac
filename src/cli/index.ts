#!/usr/bin/env node
// Entry point of the `ml-design-review` binary. The same file is the worker of --concurrency: started
// as a worker thread with `mlDesignReviewWorker` in its data, it serves analyses instead.
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { isMainThread, workerData } from 'node:worker_threads';
import { run } from './main.js';
import { serveWorker } from './pool.js';

// The command line reads many sentences once each: its phrase expressions are compiled to machine code
// on first use rather than interpreted first (for the whole process, so its worker threads too).
if (isMainThread) setFlagsFromString('--no-regexp-tier-up');

const data = workerData as { mlDesignReviewWorker?: boolean; config: never; all: boolean } | undefined;
if (!isMainThread && data?.mlDesignReviewWorker) serveWorker(data);
else {
  // A reader that stops early (`ml-design-review -f json docs/*.md | head`) closes the pipe: stop quietly,
  // as other command-line tools do, rather than die on an unhandled EPIPE.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  run(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin: () => readFileSync(0, 'utf8'),
    cwd: process.cwd(),
    workerScript: process.argv[1],
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`ml-design-review: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
