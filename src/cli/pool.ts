// Analyses many files on worker threads (`--concurrency`). The bundled command line is its own worker
// script: started with `workerData.mlDesignReviewWorker`, it answers analysis requests instead of
// running the command line. Results come back in the order of the files, whatever order they finish in.
import { Worker, parentPort } from 'node:worker_threads';
import { analyse } from '../core/analyse.js';
import { rememberMatches } from '../core/facets/compile.js';
import type { Config } from '../core/config.js';
import type { AnalysisResult } from '../core/types.js';

export interface Job {
  path: string;
  text: string;
}

interface Request {
  i: number;
  path: string;
  text: string;
}
type Reply = { i: number; result: AnalysisResult } | { i: number; error: string };

/** Text below which starting threads costs more than it saves (about half a second of analysis). */
const PARALLEL_FROM = 256 * 1024;
/** Text each extra worker should have to earn its start-up. */
const PER_WORKER = 128 * 1024;

/** What the formats read of a result (no parse tree, no fixes), so little crosses between threads. */
export function slim(r: AnalysisResult): AnalysisResult {
  return { designDoc: r.designDoc, score: r.score, checklist: r.checklist, findings: r.findings.map(({ fixes: _fixes, ...f }) => f) };
}

function analyseOne(job: Job, config: Config, all: boolean): AnalysisResult {
  return slim(analyse(job.text, { path: job.path, config, reviewAll: all }));
}

/** How many worker threads a run of these jobs is worth (0: analyse on this thread). */
export function workersFor(jobs: readonly Job[], concurrency: number): number {
  if (concurrency <= 1 || jobs.length < 2) return 0;
  const total = jobs.reduce((n, j) => n + j.text.length, 0);
  if (total < PARALLEL_FROM) return 0;
  return Math.min(concurrency, jobs.length, Math.ceil(total / PER_WORKER));
}

/**
 * Analyses the jobs, on `workers` threads running `script` (the command line's own file), or on this
 * thread when there is no script or no workers.
 */
export async function analyseAll(jobs: readonly Job[], config: Config, all: boolean, workers: number, script: string | undefined): Promise<AnalysisResult[]> {
  if (!script || workers <= 0) {
    // Each document is read once: remembering its sentences would only cost memory.
    rememberMatches(false);
    try {
      return jobs.map((j) => analyseOne(j, config, all));
    } finally {
      rememberMatches(true);
    }
  }
  const results = new Array<AnalysisResult | undefined>(jobs.length);
  // Largest first, so one big file does not finish alone at the end.
  const queue = jobs.map((_, i) => i).sort((a, b) => (jobs[b] as Job).text.length - (jobs[a] as Job).text.length);
  const plainConfig = { rules: { ...config.rules }, include: config.include, exclude: config.exclude };
  await new Promise<void>((resolveAll, rejectAll) => {
    let running = 0;
    let failed = false;
    const start = () => {
      const worker = new Worker(script, { workerData: { mlDesignReviewWorker: true, config: plainConfig, all } });
      running++;
      const next = () => {
        const i = queue.shift();
        if (i === undefined) {
          void worker.terminate();
          return;
        }
        const job = jobs[i] as Job;
        worker.postMessage({ i, path: job.path, text: job.text } satisfies Request);
      };
      worker.on('message', (reply: Reply) => {
        if ('error' in reply) {
          failed = true;
          rejectAll(new Error(`analysing ${(jobs[reply.i] as Job).path}: ${reply.error}`));
          void worker.terminate();
          return;
        }
        results[reply.i] = reply.result;
        next();
      });
      worker.on('error', (e) => {
        failed = true;
        rejectAll(e);
      });
      worker.on('exit', () => {
        running--;
        if (running === 0 && !failed) resolveAll();
      });
      next();
    };
    for (let k = 0; k < workers; k++) start();
  });
  return results.map((r, i) => {
    if (!r) throw new Error(`no result for ${(jobs[i] as Job).path}`);
    return r;
  });
}

/** The worker side: answers analysis requests until the main thread terminates it. */
export function serveWorker(data: { config: Config; all: boolean }): void {
  const port = parentPort;
  if (!port) return;
  rememberMatches(false);
  const config: Config = { ...data.config, rules: Object.assign(Object.create(null) as Config['rules'], data.config.rules) };
  port.on('message', (req: Request) => {
    try {
      port.postMessage({ i: req.i, result: analyseOne(req, config, data.all) } satisfies Reply);
    } catch (e) {
      port.postMessage({ i: req.i, error: (e as Error).message } satisfies Reply);
    }
  });
}
