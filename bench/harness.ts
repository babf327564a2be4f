/** One benchmark figure as `npm run bench` prints it (see contract.md section 3). */
export interface BenchResult {
  readonly bench: string;
  readonly value: number;
  readonly unit: string;
  readonly peer?: string;
  readonly peerValue?: number;
  readonly ratio?: number;
  /** The target the figure is designed against, for the human-readable line. */
  readonly target?: string;
}

/** A named benchmark: `run` measures and returns its figures. */
export interface Bench {
  readonly name: string;
  readonly run: () => Promise<readonly BenchResult[]> | readonly BenchResult[];
}

/**
 * Runs a function repeatedly after a warm-up and returns the median time in milliseconds.
 *
 * @param fn - The work to time.
 * @param options - Warm-up and measured runs.
 */
export async function medianMs(
  fn: () => unknown,
  options: { readonly warmup?: number; readonly runs?: number } = {},
): Promise<number> {
  const { warmup = 3, runs = 15 } = options;
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

/**
 * The median of some numbers.
 *
 * @param values - At least one number.
 */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Rounds a figure for printing.
 *
 * @param value - The figure.
 * @param digits - Significant decimals.
 */
export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
