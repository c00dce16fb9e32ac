// Extension-host tests through the `vscode` API: the same expectations (../expectations.json) and
// sample workspace (../workspace/) as the browser-driven run.mjs, checked without a UI.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const E = require('../expectations.json');

const delay = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `fn` until it returns a truthy value; fails after `timeout` ms naming `what`. */
async function until(fn, what, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await delay(200);
  }
}

const folder = () => vscode.workspace.workspaceFolders[0].uri;

async function open(name) {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), name));
  await vscode.window.showTextDocument(doc);
  return doc;
}

const ours = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === E.source);
const code = (d) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));
const hoverText = (hovers) => hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');

async function diagnosticsOf(doc) {
  return until(() => {
    const ds = ours(doc.uri);
    return ds.some((d) => d.message.includes(E.missing.message)) && ds.some((d) => d.message.includes(E.placeholder.message)) && ds;
  }, `"${E.missing.message}" and ${E.placeholder.message} on ${E.designDoc}`);
}

describe('ML Design Review in the extension host', function () {
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('activates on a Markdown file', async () => {
    const ext = vscode.extensions.getExtension(E.extensionId);
    assert.ok(ext, `${E.extensionId} is installed`);
    await open(E.designDoc);
    await until(() => ext.isActive, 'activation');
  });

  it('registers every contributed command', async () => {
    const all = new Set(await vscode.commands.getCommands(true));
    for (const id of Object.keys(E.commands)) assert.ok(all.has(id), `command ${id}`);
  });

  it('reports diagnostics on a design doc', async () => {
    const doc = await open(E.designDoc);
    const ds = await diagnosticsOf(doc);
    assert.equal(code(ds.find((d) => d.message.includes(E.missing.message))), E.missing.rule);
    const placeholder = ds.find((d) => d.message.includes(E.placeholder.message));
    assert.equal(code(placeholder), E.placeholder.rule);
    assert.equal(doc.getText(placeholder.range), E.placeholder.text);
  });

  it('explains a checklist heading on hover', async () => {
    const doc = await open(E.designDoc);
    const line = doc
      .getText()
      .split(/\r?\n/)
      .findIndex((l) => l.startsWith(E.heading.text));
    assert.ok(line >= 0, `"${E.heading.text}" in ${E.designDoc}`);
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, new vscode.Position(line, 4));
    assert.ok(hoverText(hovers).includes(E.heading.hover), hoverText(hovers));
  });

  it('shows the checklist code lens', async () => {
    const doc = await open(E.designDoc);
    const re = new RegExp(E.codeLens);
    await until(async () => {
      const lenses = await vscode.commands.executeCommand('vscode.executeCodeLensProvider', doc.uri);
      return (lenses ?? []).some((l) => l.command && re.test(l.command.title));
    }, 'the code lens');
  });

  it('offers a quick fix that inserts the missing section', async () => {
    const doc = await open(E.designDoc);
    const d = (await diagnosticsOf(doc)).find((x) => x.message.includes(E.missing.message));
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === E.quickFix.title);
    assert.ok(fix, `quick fixes: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.ok(doc.getText().includes(E.quickFix.inserts));
    await until(() => !ours(doc.uri).some((x) => x.message.includes(E.missing.message)), 'the diagnostic to go');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('"Review This File" reviews a Markdown file that is not a design doc', async () => {
    const doc = await open(E.plainDoc);
    await delay(1500);
    assert.equal(ours(doc.uri).length, 0, 'no diagnostics before the command');
    await vscode.commands.executeCommand('mlDesignReview.reviewFile');
    await until(() => ours(doc.uri).some((d) => d.message.includes(' is missing')), 'diagnostics on the plain file');
  });

  it('"Review Workspace" reviews every Markdown file', async () => {
    const api = vscode.extensions.getExtension(E.extensionId).exports;
    const rows = await api.reviewWorkspace();
    const row = rows.find((r) => r.uri.endsWith(`/${E.designDoc}`));
    assert.ok(row && row.designDoc, JSON.stringify(rows));
    assert.ok(rows.some((r) => r.uri.endsWith(`/${E.plainDoc}`) && !r.designDoc));
  });
});
