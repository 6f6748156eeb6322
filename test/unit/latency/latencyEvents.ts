/** `latency.events` entries, briefly. */
export const ev = (turn: number, type: string, ms: number) => ({ turn, type, ms });

/** One turn's events, in the order written: `turn(1, { stt: 150, llm_ttft: 500 })`. */
export const turn = (n: number, msByType: Record<string, number>) =>
  Object.entries(msByType).map(([type, ms]) => ev(n, type, ms));
