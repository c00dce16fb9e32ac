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
