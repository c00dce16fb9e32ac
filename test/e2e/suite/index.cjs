// Entry point that VS Code's extension host calls with --extensionTestsPath (desktop VS Code via
// test/e2e/electron-runner.mjs, or code-server with --code-server): runs the mocha tests beside it.
// CommonJS because the extension host require()s it.
const path = require('node:path');
const Mocha = require('mocha');

exports.run = function run() {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  mocha.addFile(path.join(__dirname, 'extension.test.cjs'));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} extension-host test(s) failed`)) : resolve()));
  });
};
