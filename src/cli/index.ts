#!/usr/bin/env node
// Entry point of the `ml-design-review` binary.
import { readFileSync } from 'node:fs';
import { run } from './main.js';

process.exitCode = run(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin: () => readFileSync(0, 'utf8'),
  cwd: process.cwd(),
});
