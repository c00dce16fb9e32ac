// The language server: diagnostics as you type, hovers that teach, quick fixes, completion and a code lens.
// Shared by the Node server (index.ts) and the browser worker (browser.ts): no Node built-ins here.
import {
  TextDocuments,
  DiagnosticSeverity,
  CodeActionKind,
  TextDocumentSyncKind,
  MarkupKind,
  CompletionItemKind,
  InsertTextFormat,
  type Connection,
  type Diagnostic,
  type CodeAction,
  type Hover,
  type CompletionItem,
  type CancellationToken,
  type CodeLens,
  type InitializeResult,
  type Position,
  ResponseError,
  ErrorCodes,
  CodeLensRefreshRequest,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyse } from '../core/analyse.js';
import { ChunkCache } from '../core/model.js';
import { CHECKLIST } from '../core/items/index.js';
import { ruleMeta } from '../core/rules/index.js';
import { findTermAt } from '../core/glossary.js';
import { SECTION_TEMPLATES, toSnippet } from '../core/templates.js';
import { DIRECTIVE_PREFIX } from '../core/suppress.js';
import type { Config } from '../core/config.js';
import { LineIndex } from '../core/positions.js';
import type { AnalysisResult, Fix, Severity } from '../core/types.js';
import type { Judged } from '../core/judge.js';
import {
  STATUS_NOTIFICATION,
  REVIEW_FILE_COMMAND,
  REPORT_REQUEST,
  REVIEW_FILES_REQUEST,
  INSERT_MISSING_REQUEST,
  EXPLAIN_ITEM_REQUEST,
  INSERT_SNIPPET_COMMAND,
  type StatusParams,
  type ReportParams,
  type ReportResult,
  type ReviewFilesParams,
  type ReviewRow,
  type InsertMissingParams,
  type InsertMissingResult,
  type ExplainItemParams,
  type ExplainItemResult,
} from './protocol.js';
import { mightBecomeDesignDoc } from '../core/designdoc.js';
import { insertSectionFix } from '../core/insert.js';
import { describeItem } from '../core/explain.js';
import { withSettings, type LoadedConfig, type ServerHost } from './host.js';
import { renderReportBody, formatHtml } from '../core/format/html.js';
import { formatMarkdown } from '../core/format/markdown.js';
import { formatSarif } from '../core/format/sarif.js';
import { toJsonReport } from '../core/format/report.js';

const DOCS = 'https://github.com/ml-design-review/ml-design-review/blob/main/docs/rules.md';
const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

interface State {
  result: AnalysisResult & { judged: Judged };
  /** Whether the config's include / exclude globs select the document. */
  selected: boolean;
  version: number;
  index: LineIndex;
}

/** Settings the client passes (`mlDesignReview.*`). */
interface Settings {
  enable: boolean;
  reviewAllMarkdown: boolean;
  debounceMs: number;
  rules: Config['rules'];
  /** The client has the INSERT_SNIPPET_COMMAND (initialization option only). */
  snippetCommand?: boolean;
}

/**
 * Starts the server on a connection (Node: stdio, IPC or node streams; a browser worker: its messages), reading
 * the workspace through `host`.
 */
export function startServer(connection: Connection, host: ServerHost): void {
  const documents = new TextDocuments(TextDocument);
  const caches = new Map<string, ChunkCache>();
  const states = new Map<string, State>();
  const forced = new Set<string>();
  const configErrorUris = new Set<string>();
  const timers = new Map<string, NodeJS.Timeout>();
  let settings: Settings = { enable: true, reviewAllMarkdown: false, debounceMs: 300, rules: {} };
  let canConfigure = false;
  let canRefreshLenses = false;
  /** Asks the client to re-request code lenses, which it would otherwise only do on an edit. */
  const refreshLenses = () => {
    if (canRefreshLenses) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
  };

  let initialized = false;

  // Every request handler registered below answers only after initialize (LSP: -32002 before it), and
  // an internal failure answers "internal error" without its text or stack, which go to the log.
  const guarded =
    (name: string, handler: (...args: never[]) => unknown) =>
    (...args: never[]): unknown => {
      if (!initialized) throw new ResponseError(ErrorCodes.ServerNotInitialized, 'the server has not been initialized');
      const mask = (e: unknown): ResponseError<void> => {
        if (e instanceof ResponseError) return e as ResponseError<void>;
        connection.console.error(`${name} failed: ${(e as Error)?.stack ?? String(e)}`);
        return new ResponseError(ErrorCodes.InternalError, `internal error in ${name} (details in the server log)`);
      };
      try {
        const r = handler(...args);
        return r instanceof Promise ? r.catch((e: unknown) => Promise.reject(mask(e))) : r;
      } catch (e) {
        throw mask(e);
      }
    };
  type Register = (handler: (...args: never[]) => unknown) => unknown;
  const patchable = connection as unknown as Record<string, Register>;
  for (const m of ['onHover', 'onCodeAction', 'onCompletion', 'onCodeLens', 'onExecuteCommand']) {
    const register = (patchable[m] as Register).bind(connection);
    patchable[m] = (handler) => register(guarded(m.slice(2), handler));
  }
  const onRequest = connection.onRequest.bind(connection) as unknown as (method: string, handler: (...args: never[]) => unknown) => unknown;
  (connection as unknown as { onRequest: typeof onRequest }).onRequest = (method, handler) => onRequest(method, guarded(method, handler));

  connection.onInitialize((params): InitializeResult => {
    if (initialized) throw new ResponseError(ErrorCodes.InvalidRequest, 'initialize was already received');
    initialized = true;
    const folders = [...(params.workspaceFolders ?? []).map((f) => f.uri), ...(params.rootUri ? [params.rootUri] : [])];
    host.setWorkspaceFolders(folders);
    canConfigure = !!params.capabilities.workspace?.configuration;
    canRefreshLenses = !!params.capabilities.workspace?.codeLens?.refreshSupport;
    const init = params.initializationOptions as Partial<Settings> | undefined;
    if (init) settings = { ...settings, ...init };
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        completionProvider: { triggerCharacters: ['#', ' '] },
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [REVIEW_FILE_COMMAND] },
      },
      serverInfo: { name: 'ml-design-review-language-server' },
    };
  });

  connection.onInitialized(() => {
    void refreshSettings();
  });

  async function refreshSettings(): Promise<void> {
    if (!canConfigure) return;
    try {
      const s = (await connection.workspace.getConfiguration('mlDesignReview')) as Partial<Settings> | null;
      if (s) settings = { ...settings, ...s };
    } catch {
      // A client that declares configuration but fails to answer keeps the defaults.
    }
  }

  connection.onDidChangeWatchedFiles(() => {
    host.invalidate();
    states.clear();
    for (const d of documents.all()) validate(d);
    refreshLenses();
  });

  connection.onRequest(REPORT_REQUEST, (params: ReportParams): ReportResult | null => {
    const doc = documents.get(params.uri);
    if (!doc) return null;
    const state = analyseDocument(doc);
    const report = { path: params.displayPath, text: doc.getText(), result: state.result };
    return {
      html: renderReportBody(report, { reveal: true }),
      page: formatHtml([report]),
      markdown: formatMarkdown([report], []),
      json: JSON.stringify(toJsonReport([report], []), null, 2) + '\n',
      sarif: formatSarif([report], [], 'server', DOCS),
      score: state.result.score,
    };
  });

  connection.onRequest(REVIEW_FILES_REQUEST, async (params: ReviewFilesParams, token: CancellationToken): Promise<ReviewRow[]> => {
    const rows: ReviewRow[] = [];
    for (const [i, uri] of params.uris.entries()) {
      if (token.isCancellationRequested) break;
      const loading = host.prepare(uri);
      if (loading) await loading;
      const loaded = host.configFor(uri);
      try {
        const open = documents.get(uri);
        const sent = params.texts?.[i];
        // The text the client sent (the web client reads files through workspace.fs), else the host reads it:
        // on Node from disk, only inside a workspace folder.
        const text = open ? open.getText() : typeof sent === 'string' ? sent : await host.readFile(uri);
        const config = withSettings(loaded, settings.rules);
        const result = analyse(text, { path: host.pathOf(uri), config });
        rows.push({
          uri,
          designDoc: result.designDoc.designDoc,
          selected: host.isSelected(loaded, uri),
          score: result.score,
          statuses: result.checklist.map((c) => c.status),
        });
      } catch (e) {
        rows.push({ uri, designDoc: false, selected: false, score: 0, statuses: [], error: (e as Error).message });
      }
    }
    return rows;
  });

  connection.onRequest(INSERT_MISSING_REQUEST, (params: InsertMissingParams): InsertMissingResult | null => {
    const doc = documents.get(params.uri);
    if (!doc) return null;
    return missingSections(analyseDocument(doc));
  });

  /** The edits that insert every section the document lacks (missing, or only passing mentions), in template order. */
  function missingSections(state: State): InsertMissingResult {
    const edits: InsertMissingResult['edits'] = [];
    const headings: string[] = [];
    for (const item of state.result.checklist) {
      // Missing, or only passing mentions: either way the item has no section of its own yet.
      if ((item.status !== 'missing' && item.status !== 'partial') || item.heading) continue;
      const fix = insertSectionFix(state.result.judged, item.id);
      const edit = fix?.fix.edits[0];
      if (!fix || !edit) continue;
      edits.push({ offset: edit.start, text: edit.text });
      headings.push(fix.heading);
    }
    return { edits, headings };
  }

  connection.onRequest(EXPLAIN_ITEM_REQUEST, (params: ExplainItemParams): ExplainItemResult | null => {
    const doc = documents.get(params.uri);
    if (!doc) return null;
    const state = analyseDocument(doc);
    const item = state.result.checklist.find((c) => c.id === params.itemId);
    if (!item) return null;
    const explained = describeItem(item, state.index);
    return { designDoc: shouldReport(doc.uri, state.result), status: item.status, found: explained.found, lacking: explained.lacking };
  });

  connection.onDidChangeConfiguration(() => {
    void refreshSettings().then(() => {
      states.clear();
      for (const d of documents.all()) validate(d);
      refreshLenses();
    });
  });

  function analyseDocument(doc: TextDocument): State {
    const cached = states.get(doc.uri);
    if (cached && cached.version === doc.version) return cached;
    let cache = caches.get(doc.uri);
    if (!cache) caches.set(doc.uri, (cache = new ChunkCache(2000)));
    const text = doc.getText();
    const loaded = host.configFor(doc.uri);
    reportConfigErrors(loaded);
    const config = withSettings(loaded, settings.rules);
    const result = analyse(text, { path: decodeURIComponent(doc.uri), cache, config, reviewAll: true });
    const state = { version: doc.version, result, index: new LineIndex(text), selected: host.isSelected(loaded, doc.uri) };
    states.set(doc.uri, state);
    return state;
  }

  function shouldReport(uri: string, result: AnalysisResult): boolean {
    if (forced.has(uri)) return true;
    const selected = states.get(uri)?.selected ?? true;
    return settings.enable && selected && (result.designDoc.designDoc || settings.reviewAllMarkdown);
  }

  /** A broken config file shows its errors as diagnostics on the config file itself, at their lines. */
  function reportConfigErrors(loaded: LoadedConfig): void {
    if (!loaded.file) return;
    const uri = host.configUri(loaded.file);
    if (!loaded.errors.length && !configErrorUris.has(uri)) return;
    if (loaded.errors.length) configErrorUris.add(uri);
    else configErrorUris.delete(uri);
    void connection.sendDiagnostics({
      uri,
      diagnostics: loaded.errors.map((e) => ({
        range: { start: { line: e.line - 1, character: e.column - 1 }, end: { line: e.line - 1, character: e.column } },
        severity: DiagnosticSeverity.Error,
        source: 'ml-design-review',
        message: `config error: ${e.message}`,
      })),
    });
  }

  function validate(doc: TextDocument): void {
    // A config that is still on its way from the client (browser worker): analyse once it is here, afresh.
    const loading = host.prepare(doc.uri);
    if (loading) {
      void loading.then(() => {
        states.delete(doc.uri);
        const current = documents.get(doc.uri);
        if (current) validate(current);
      });
      return;
    }
    try {
      const t = performance.now();
      const state = analyseDocument(doc);
      const elapsedMs = Math.round((performance.now() - t) * 10) / 10;
      const report = shouldReport(doc.uri, state.result);
      const diagnostics: Diagnostic[] = report ? state.result.findings.map((f) => toDiagnostic(doc.uri, f, state)) : [];
      void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
      const status: StatusParams = {
        uri: doc.uri,
        designDoc: report,
        score: state.result.score,
        addressed: state.result.checklist.filter((c) => c.status === 'addressed').length,
        total: CHECKLIST.length,
        elapsedMs,
      };
      if (!report && settings.enable && state.selected) {
        const r = state.result;
        if (mightBecomeDesignDoc(r.judged, r.designDoc, r.checklist, decodeURIComponent(doc.uri))) status.candidate = true;
      }
      void connection.sendNotification(STATUS_NOTIFICATION, status);
    } catch (e) {
      connection.console.error(`analysis failed for ${doc.uri}: ${(e as Error).stack ?? String(e)}`);
    }
  }

  function schedule(doc: TextDocument): void {
    clearTimeout(timers.get(doc.uri));
    timers.set(
      doc.uri,
      setTimeout(() => {
        timers.delete(doc.uri);
        const current = documents.get(doc.uri);
        if (current) validate(current);
      }, settings.debounceMs),
    );
  }

  function toDiagnostic(uri: string, f: AnalysisResult['findings'][number], state: State): Diagnostic {
    const range = { start: state.index.position(f.start), end: state.index.position(f.end) };
    const d: Diagnostic = {
      range,
      severity: SEVERITY[f.severity],
      code: f.ruleId,
      codeDescription: { href: `${DOCS}#${f.ruleId}` },
      source: 'ml-design-review',
      message: f.message,
      data: { fixes: f.fixes ?? [], version: state.version },
    };
    if (f.related?.length) {
      d.relatedInformation = f.related.map((r) => ({
        location: { uri, range: { start: state.index.position(r.start), end: state.index.position(r.end) } },
        message: r.message,
      }));
    }
    return d;
  }

  documents.onDidOpen((e) => validate(e.document));
  documents.onDidChangeContent((e) => schedule(e.document));
  documents.onDidClose((e) => {
    states.delete(e.document.uri);
    caches.delete(e.document.uri);
    forced.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onExecuteCommand((params) => {
    if (params.command !== REVIEW_FILE_COMMAND) return;
    const uri = String(params.arguments?.[0] ?? '');
    forced.add(uri);
    const doc = documents.get(uri);
    if (doc) validate(doc);
    refreshLenses();
  });

  /** Rejects a request whose position is not a pair of non-negative integers. */
  function checkPosition(p: Position | undefined): void {
    if (!p || !Number.isInteger(p.line) || !Number.isInteger(p.character) || p.line < 0 || p.character < 0) {
      throw new ResponseError(ErrorCodes.InvalidParams, 'position must have non-negative integer line and character');
    }
  }

  connection.onHover((params): Hover | null => {
    checkPosition(params.position);
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const state = analyseDocument(doc);
    if (!shouldReport(doc.uri, state.result)) return null;
    const offset = doc.offsetAt(params.position);
    // A diagnostic under the cursor: the rule's rationale and how to satisfy it.
    const finding = state.result.findings.find((f) => f.start <= offset && offset <= f.end && f.start !== f.end);
    const sections: string[] = [];
    // A heading that maps to checklist items: the reviewer's question, why it matters, this document's status.
    const heading = state.result.checklist.filter((c) => c.heading && c.heading.start <= offset && offset <= c.heading.end);
    for (const c of heading.slice(0, 2)) {
      const item = CHECKLIST.find((i) => i.id === c.id)!;
      // What this document shows (each facet with the line of its sentence) and what it still lacks.
      const explained = describeItem(c, state.index);
      const lines = [`This document: **${c.status}**.`];
      if (explained.found.length) lines.push(`Found: ${explained.found.join('; ')}.`);
      if (explained.lacking.length) lines.push(`Still lacking: ${explained.lacking.join('; ')}.`);
      if (c.status === 'missing' || c.status === 'partial') lines.push(`*How to fix:* ${item.howToFix}`);
      sections.push(`**${item.title}**: *${item.question}*\n\n${item.rationale}\n\n${lines.join('\n\n')}`);
    }
    if (finding && !sections.length) {
      const meta = ruleMeta(finding.ruleId);
      if (meta?.group === 'connections') {
        // A connection: the places it connects, each with its line, then why the combination matters.
        const here = `- line ${state.index.lineColumn(finding.start).line} (here): ${finding.message}`;
        const others = (finding.related ?? []).map((r) => `- line ${state.index.lineColumn(r.start).line}: ${r.message}`);
        sections.push(
          `**${meta.title}** (\`${meta.id}\`, a connection between two places)\n\n${[here, ...others].join('\n')}\n\n*Why the combination matters:* ${meta.rationale}\n\n*How to fix:* ${meta.howToFix}`,
        );
      } else if (meta) sections.push(`**${meta.title}** (\`${meta.id}\`)\n\n${meta.rationale}\n\n*How to fix:* ${meta.howToFix}`);
    }
    if (!sections.length) {
      const line = doc.getText({ start: { line: params.position.line, character: 0 }, end: { line: params.position.line + 1, character: 0 } });
      const term = findTermAt(line, params.position.character);
      if (term) {
        return {
          contents: { kind: MarkupKind.Markdown, value: `**${term.entry.term}**\n\n${term.entry.text}` },
          range: { start: { line: params.position.line, character: term.start }, end: { line: params.position.line, character: term.end } },
        };
      }
      return null;
    }
    return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') } };
  });

  connection.onCodeAction((params): CodeAction[] => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const state = analyseDocument(doc);
    const text = doc.getText();
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    // The findings behind the diagnostics the client sends, from the server's own analysis of the text as it
    // is now: fixes are never rebuilt from what a client sends back.
    const ours = params.context.diagnostics.filter((d) => d.source === 'ml-design-review');
    const matched: Array<{ d: Diagnostic; f: AnalysisResult['findings'][number] }> = [];
    for (const d of ours) {
      const start = doc.offsetAt(d.range.start);
      const f = state.result.findings.find((x) => x.ruleId === String(d.code) && x.start === start);
      if (f) matched.push({ d, f });
    }
    const actions: CodeAction[] = [];
    // Insert-section fixes once each, in the template's order; then the other fixes.
    const order = (title: string) => {
      const k = SECTION_TEMPLATES.findIndex((t) => title === `Insert section "${t.heading}"`);
      return k < 0 ? SECTION_TEMPLATES.length : k;
    };
    const seen = new Set<string>();
    const fixes: Array<{ fix: Fix; d: Diagnostic }> = [];
    for (const { d, f } of matched) {
      for (const fix of f.fixes ?? []) {
        if (seen.has(fix.title)) continue;
        seen.add(fix.title);
        fixes.push({ fix, d });
      }
    }
    fixes.sort((a, b) => order(a.fix.title) - order(b.fix.title));
    const inserts = fixes.filter((x) => order(x.fix.title) < SECTION_TEMPLATES.length);
    for (const { fix, d } of fixes) {
      const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: fixes.length === 1 };
      const single = fix.edits.length === 1 ? fix.edits[0]! : undefined;
      if (settings.snippetCommand && single && single.start === single.end && inserts.some((x) => x.fix === fix)) {
        // The client inserts it as a snippet: the cursor lands in the section's first field.
        action.command = { title: fix.title, command: INSERT_SNIPPET_COMMAND, arguments: [doc.uri, doc.version, single.start, toSnippet(single.text)] };
      } else {
        action.edit = {
          changes: { [doc.uri]: fix.edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.text })) },
        };
      }
      actions.push(action);
    }
    if (inserts.length > 1) {
      const all = missingSections(state);
      actions.push({
        title: `Insert all missing sections (${all.headings.length})`,
        kind: CodeActionKind.QuickFix,
        diagnostics: inserts.map((x) => x.d),
        edit: {
          changes: { [doc.uri]: all.edits.map((e) => ({ range: { start: doc.positionAt(e.offset), end: doc.positionAt(e.offset) }, newText: e.text })) },
        },
      });
    }
    // One "disable" per scope, for all the rules reported here.
    const rules = [...new Set(matched.map((x) => x.f.ruleId))];
    if (!rules.length) return actions;
    const named = rules.length === 1 ? rules[0]! : rules.length <= 3 ? rules.join(', ') : `${rules.length} rules (${rules.slice(0, 2).join(', ')}, …)`;
    const line = Math.min(...matched.map((x) => x.d.range.start.line));
    const lineStart = { line, character: 0 };
    const above = line > 0 ? doc.getText({ start: { line: line - 1, character: 0 }, end: lineStart }) : '';
    const lineRules = rules.filter((r) => !above.includes(`${DIRECTIVE_PREFIX}-next-line`) || !above.includes(r));
    if (lineRules.length) {
      actions.push({
        title: `Disable ${named} for this line (with a reason)`,
        kind: CodeActionKind.QuickFix,
        diagnostics: matched.map((x) => x.d),
        edit: {
          changes: {
            [doc.uri]: [
              { range: { start: lineStart, end: lineStart }, newText: `<!-- ${DIRECTIVE_PREFIX}-next-line ${lineRules.join(' ')} -- reason -->${eol}` },
            ],
          },
        },
      });
    }
    const fileRules = rules.filter((r) => !text.includes(`${DIRECTIVE_PREFIX}-file ${r} `));
    if (fileRules.length) {
      const fm = state.result.frontMatter !== undefined ? text.indexOf('\n', text.indexOf('\n---', 3) + 1) + 1 : 0;
      const at = doc.positionAt(Math.max(0, fm));
      actions.push({
        title: `Disable ${named} for this file (with a reason)`,
        kind: CodeActionKind.QuickFix,
        diagnostics: matched.map((x) => x.d),
        edit: {
          changes: { [doc.uri]: [{ range: { start: at, end: at }, newText: `<!-- ${DIRECTIVE_PREFIX}-file ${fileRules.join(' ')} -- reason -->${eol}` }] },
        },
      });
    }
    return actions;
  });

  connection.onCompletion((params): CompletionItem[] => {
    checkPosition(params.position);
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const state = analyseDocument(doc);
    if (!shouldReport(doc.uri, state.result)) return [];
    const line = doc.getText({ start: { line: params.position.line, character: 0 }, end: params.position });
    const m = /^(#{1,6})\s*$|^(#{1,6}) +\S.*$/.exec(line);
    if (!m) return [];
    const hashes = (m[1] ?? m[2]) as string;
    // Only the sections the document lacks (no section of its own, not covered elsewhere); the edit replaces the whole line typed so far ("## Lab"), so
    // the client filters on that text: filterText starts with the same hashes.
    const lacking = SECTION_TEMPLATES.filter((t) => {
      const c = state.result.checklist.find((x) => x.id === t.itemId);
      return c !== undefined && !c.heading && c.status !== 'addressed' && c.status !== 'not-applicable';
    });
    return lacking.map((t, i) => ({
      label: t.heading,
      kind: CompletionItemKind.Snippet,
      detail: `ML design doc section (${CHECKLIST.find((c) => c.id === t.itemId)?.title})`,
      documentation: { kind: MarkupKind.Markdown, value: CHECKLIST.find((c) => c.id === t.itemId)?.howToFix ?? '' },
      sortText: String(i).padStart(2, '0'),
      filterText: `${hashes} ${t.heading}`,
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: {
        range: { start: { line: params.position.line, character: 0 }, end: params.position },
        newText: t.snippetBody.replace(/^#{1,6} /, `${hashes} `),
      },
    }));
  });

  connection.onCodeLens((params): CodeLens[] => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const state = analyseDocument(doc);
    if (!shouldReport(doc.uri, state.result)) return [];
    const addressed = state.result.checklist.filter((c) => c.status === 'addressed').length;
    const first = state.result.frontMatter !== undefined ? Math.max(0, state.index.position(doc.getText().indexOf('\n---', 3) + 4).line + 1) : 0;
    const range = { start: { line: Math.min(first, doc.lineCount - 1), character: 0 }, end: { line: Math.min(first, doc.lineCount - 1), character: 0 } };
    return [
      {
        range,
        command: {
          title: `${addressed} of ${CHECKLIST.length} checklist items addressed (score ${Math.round(state.result.score * 100)}%)`,
          command: 'mlDesignReview.showReport',
          arguments: [doc.uri],
        },
      },
    ];
  });

  documents.listen(connection);
  connection.listen();
}
