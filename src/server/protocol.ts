// Custom protocol between the VS Code client and the server, declared once.

/** Server → client, after each analysis: what the status item and code lens show. */
export const STATUS_NOTIFICATION = 'mlDesignReview/status';
export interface StatusParams {
  uri: string;
  designDoc: boolean;
  score: number;
  addressed: number;
  total: number;
  /** Milliseconds the last analysis took. */
  elapsedMs: number;
  /** Not judged a design doc, but it looks like one being started (title or path, or two checklist sections). */
  candidate?: boolean;
}

/** Command (workspace/executeCommand) the client sends to review a Markdown file that is not detected as a design doc. */
export const REVIEW_FILE_COMMAND = 'mlDesignReview.server.reviewFile';

/** Client → server: the rendered HTML body of a document's report (the extension host never analyses). */
export const REPORT_REQUEST = 'mlDesignReview/report';
export interface ReportParams {
  uri: string;
  /** Path to show in the report (relative to the workspace). */
  displayPath: string;
}
export interface ReportResult {
  /** The report body for the webview (line references are buttons). */
  html: string;
  /** A self-contained HTML page, the same look, for export. */
  page: string;
  markdown: string;
  json: string;
  sarif: string;
  score: number;
}

/** Client → server: review files on disk (a batch of the workspace), returning one summary row each. */
export const REVIEW_FILES_REQUEST = 'mlDesignReview/reviewFiles';
export interface ReviewFilesParams {
  uris: string[];
  /**
   * The files' texts, read by the client (`workspace.fs`), one per URI: the web client sends them, since a
   * server in a browser worker has no disk (null: the client could not read it). Absent: the server reads files
   * that are not open itself.
   */
  texts?: Array<string | null>;
}
export interface ReviewRow {
  uri: string;
  designDoc: boolean;
  /** Whether the config's include / exclude globs select the file. */
  selected: boolean;
  score: number;
  /** Status per checklist item, in checklist order. */
  statuses: string[];
  error?: string;
}

/** Client → server: the edits that insert every missing section, each at its place in the template order. */
export const INSERT_MISSING_REQUEST = 'mlDesignReview/insertMissingSections';
export interface InsertMissingParams {
  uri: string;
}
export interface InsertMissingResult {
  edits: Array<{ offset: number; text: string }>;
  headings: string[];
}

/** Client → server: one checklist item as this document covers it (for Explain Checklist Item). */
export const EXPLAIN_ITEM_REQUEST = 'mlDesignReview/explainItem';
export interface ExplainItemParams {
  uri: string;
  itemId: string;
}
export interface ExplainItemResult {
  /** Whether the document is reviewed as a design doc. */
  designDoc: boolean;
  status: string;
  /** Facets found, each with the line of its sentence ("gives load figures (line 12)"). */
  found: string[];
  lacking: string[];
}

/**
 * Server → client, from the server in VS Code for the Web only (it has no disk): the nearest config file
 * (`.ml-design-review.jsonc` / `.json`) in the document's folder or a folder above it, up to its workspace
 * folder, read through `workspace.fs` (so it works on virtual file systems such as github.dev's); null
 * when there is none.
 */
export const CONFIG_FILE_REQUEST = 'mlDesignReview/configFile';
export interface ConfigFileParams {
  /** The document the config is for. */
  uri: string;
  /** The names a config file may have, in the order to look for them in each folder. */
  names: string[];
}
export interface ConfigFileResult {
  /** The config file's URI. */
  uri: string;
  text: string;
}

/**
 * Client command (VS Code) that inserts a snippet at an offset of a document, so an inserted section
 * leaves the cursor in its first field. The server uses it in quick fixes only when the client says, in
 * `initializationOptions.snippetCommand`, that it has it; other clients get a plain text edit.
 */
export const INSERT_SNIPPET_COMMAND = 'mlDesignReview.insertSnippet';
