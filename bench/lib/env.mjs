/** Benchmark knobs from the environment, checked, so a typo stops the run instead of skewing it. */
export const intEnv = (name, fallback) => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, not "${raw}"`);
  return n;
};

/** BENCH_SIZES as a sorted list of data-set sizes (each at least 1000). */
export const sizesEnv = (fallback) =>
  (process.env.BENCH_SIZES ?? fallback)
    .split(',')
    .map((s) => {
      const n = Number(s.trim());
      if (!Number.isInteger(n) || n < 1000) throw new Error(`BENCH_SIZES: "${s}" is not a size of at least 1000`);
      return n;
    })
    .sort((a, b) => a - b);
