const STEPS = [50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10_000, 20_000, 25_000, 50_000];

/**
 * Round-number ticks from 0 that cover `max` in at most `maxTicks` intervals
 * (e.g. 2,410 ms → 0, 500, …, 2,500), so the axis reads 500 ms / 1 s, never 650 ms.
 */
export function msTicks(max: number, maxTicks = 5): number[] {
  if (!Number.isFinite(max) || max <= 0) return [0, 100];
  let step = STEPS.find((s) => Math.ceil(max / s) <= maxTicks);
  if (step === undefined) {
    const magnitude = 10 ** Math.floor(Math.log10(max / maxTicks));
    step = [1, 2, 2.5, 5, 10]
      .map((m) => m * magnitude)
      .find((s) => Math.ceil(max / s) <= maxTicks)!;
  }
  const count = Math.max(1, Math.ceil(max / step));
  return Array.from({ length: count + 1 }, (_, i) => i * step);
}
