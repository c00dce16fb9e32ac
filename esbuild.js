// Bundles the extension, the language server and the command line into dist/ (CommonJS, for Node and VS Code), and
// the extension and the language server for VS Code for the Web into dist/web/ (a browser web worker: no Node.js).
import { build, context } from 'esbuild';
import { readFileSync, existsSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
  define: { __VERSION__: JSON.stringify(pkg.version) },
  legalComments: 'none',
  mainFields: ['module', 'main'],
};

const entries = [
  { entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.cjs', external: ['vscode'] },
  { entryPoints: ['src/server/index.ts'], outfile: 'dist/server.cjs' },
  { entryPoints: ['src/cli/index.ts'], outfile: 'dist/cli.cjs' },
].filter((e) => existsSync(e.entryPoints[0]));

// The web worker has no DOM and no Node built-ins (importing one fails the build). The `worker` condition comes
// first: some Markdown packages pick DOM code under `browser` (decode-named-character-reference uses
// document.createElement), and list a `worker` export that does not.
const web = { platform: 'browser', target: 'es2022', mainFields: ['browser', 'module', 'main'], conditions: ['worker', 'module'] };
const webEntries = [
  { ...web, entryPoints: ['src/extension/browser.ts'], outfile: 'dist/web/extension.js', format: 'cjs', external: ['vscode'] },
  { ...web, entryPoints: ['src/server/browser.ts'], outfile: 'dist/web/server.js', format: 'iife' },
].filter((e) => existsSync(e.entryPoints[0]));
entries.push(...webEntries);

if (watch) {
  for (const e of entries) await (await context({ ...common, ...e })).watch();
} else {
  await Promise.all(entries.map((e) => build({ ...common, ...e })));
}
