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
