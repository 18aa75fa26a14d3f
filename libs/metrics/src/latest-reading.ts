/**
 * Shares one reading among the gauges collected in the same scrape: several gauges come from one
 * query, which runs once per `maxAgeMs` however many of them ask.
 */
export function latestReading<T>(read: () => Promise<T>, maxAgeMs = 1_000): () => Promise<T> {
  let reading: { at: number; value: Promise<T> } | undefined;
  return () => {
    const now = Date.now();
    if (!reading || now - reading.at > maxAgeMs) reading = { at: now, value: read() };
    return reading.value;
  };
}
