// L2-regularised logistic regression fitted by Newton's method: small, dependency-free and deterministic.
// Used by scripts/train.ts and by the test that checks the generated weights are up to date.

export interface Fit {
  weights: number[];
  bias: number;
}

/** Candidate regularisation strengths (penalty lambda/2 * |w|² on standardised features; the bias is not penalised). */
export const LAMBDAS = [0.1, 0.3, 1, 3, 10, 30, 100];

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

export function predict(fit: Fit, x: number[]): number {
  let z = fit.bias;
  for (let k = 0; k < x.length; k++) z += (fit.weights[k] as number) * (x[k] as number);
  return sigmoid(z);
}

/** Solves A x = b by Gaussian elimination with partial pivoting (A is small and positive definite). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] as number]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    const piv = m[c]![c]!;
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / piv;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= m[r]![k]! * x[k]!;
    x[r] = s / m[r]![r]!;
  }
  return x;
}

/**
 * Fits weights and bias minimising the summed log-loss plus lambda/2 * |w|², with the penalty on
 * standardised features (so every feature is penalised alike); the returned weights apply to raw values.
 */
export function fitLogistic(rawXs: number[][], ys: number[], lambda: number, start?: Fit): Fit {
  const d = rawXs[0]?.length ?? 0;
  const n = Math.max(1, rawXs.length);
  const mean = new Array<number>(d).fill(0);
  const sd = new Array<number>(d).fill(0);
  for (const x of rawXs) for (let k = 0; k < d; k++) mean[k]! += x[k]! / n;
  for (const x of rawXs) for (let k = 0; k < d; k++) sd[k]! += (x[k]! - mean[k]!) ** 2 / n;
  for (let k = 0; k < d; k++) sd[k] = Math.sqrt(sd[k]!) || 1;
  const xs = rawXs.map((x) => x.map((v, k) => (v - mean[k]!) / sd[k]!));
  // Parameter vector: d weights, then the bias (in standardised units).
  let theta = start
    ? [...start.weights.map((w, k) => w * sd[k]!), start.bias + start.weights.reduce((s, w, k) => s + w * mean[k]!, 0)]
    : new Array<number>(d + 1).fill(0);
  for (let iter = 0; iter < 50; iter++) {
    const grad = new Array<number>(d + 1).fill(0);
    const hess = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    for (let i = 0; i < xs.length; i++) {
      const x = [...(xs[i] as number[]), 1];
      let z = 0;
      for (let k = 0; k <= d; k++) z += theta[k]! * x[k]!;
      const p = sigmoid(z);
      const r = p - ys[i]!;
      const w = p * (1 - p);
      for (let a = 0; a <= d; a++) {
        grad[a]! += r * x[a]!;
        for (let b = a; b <= d; b++) hess[a]![b]! += w * x[a]! * x[b]!;
      }
    }
    for (let a = 0; a <= d; a++) for (let b = 0; b < a; b++) hess[a]![b] = hess[b]![a]!;
    for (let k = 0; k < d; k++) {
      grad[k]! += lambda * theta[k]!;
      hess[k]![k]! += lambda;
    }
    hess[d]![d]! += 1e-9;
    const step = solve(hess, grad);
    theta = theta.map((t, k) => t - step[k]!);
    if (Math.max(...step.map(Math.abs)) < 1e-10) break;
  }
  const weights = theta.slice(0, d).map((w, k) => w / sd[k]!);
  return { weights, bias: theta[d]! - weights.reduce((s, w, k) => s + w * mean[k]!, 0) };
}

/** Leave-one-out predicted probabilities for one lambda (refit without each row, predict it). */
export function looProbabilities(xs: number[][], ys: number[], lambda: number): number[] {
  const full = fitLogistic(xs, ys, lambda);
  return xs.map((x, i) => {
    const fit = fitLogistic(
      xs.filter((_, j) => j !== i),
      ys.filter((_, j) => j !== i),
      lambda,
      full,
    );
    return predict(fit, x);
  });
}

/** Mean log-loss of probabilities against labels. */
export function logLoss(ps: number[], ys: number[]): number {
  let s = 0;
  ps.forEach((p, i) => {
    const q = Math.min(1 - 1e-9, Math.max(1e-9, p));
    s -= ys[i] ? Math.log(q) : Math.log(1 - q);
  });
  return s / Math.max(1, ps.length);
}

/** The lambda with the lowest leave-one-out log-loss; ties go to the stronger regularisation. */
export function chooseLambda(xs: number[][], ys: number[]): { lambda: number; looLoss: number } {
  let best = { lambda: LAMBDAS[LAMBDAS.length - 1] as number, looLoss: Infinity };
  for (const lambda of [...LAMBDAS].reverse()) {
    const loss = logLoss(looProbabilities(xs, ys, lambda), ys);
    if (loss < best.looLoss - 1e-9) best = { lambda, looLoss: loss };
  }
  return best;
}

/** Nested leave-one-out: for each row, choose lambda by LOO on the others, fit on them, predict the row. */
export function nestedLooProbabilities(xs: number[][], ys: number[]): number[] {
  return xs.map((x, i) => {
    const ox = xs.filter((_, j) => j !== i);
    const oy = ys.filter((_, j) => j !== i);
    const { lambda } = chooseLambda(ox, oy);
    return predict(fitLogistic(ox, oy, lambda), x);
  });
}
