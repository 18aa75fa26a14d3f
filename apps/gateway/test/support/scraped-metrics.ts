/** One `/metrics` answer, as Prometheus reads its text format. */
export interface ScrapedMetrics {
  /** Names announced with `# TYPE`, whether or not they have samples yet. */
  declared: Set<string>;
  /** The summed value of a series' samples whose labels include `labels`. */
  valueOf(series: string, labels?: Record<string, string>): number;
  /** Whether any sample of the series has labels including `labels`. */
  has(series: string, labels?: Record<string, string>): boolean;
}

interface Sample {
  series: string;
  labels: Record<string, string>;
  value: number;
}

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;

function sampleOf(line: string): Sample | undefined {
  const match = SAMPLE.exec(line);
  if (!match) return undefined;
  const labels = Object.fromEntries(
    [...(match[2] ?? '').matchAll(LABEL)].map(([, name, value]) => [name, value]),
  );
  return { series: match[1], labels, value: Number(match[3]) };
}

export async function scrapeMetrics(url: string): Promise<ScrapedMetrics> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  const lines = (await response.text()).split('\n');
  const declared = new Set(lines.flatMap((line) => /^# TYPE (\S+) /.exec(line)?.[1] ?? []));
  const samples = lines
    .filter((line) => line && !line.startsWith('#'))
    .flatMap((line) => sampleOf(line) ?? []);
  const matching = (series: string, labels: Record<string, string>) =>
    samples.filter(
      (sample) =>
        sample.series === series &&
        Object.entries(labels).every(([name, value]) => sample.labels[name] === value),
    );
  return {
    declared,
    valueOf: (series, labels = {}) => matching(series, labels).reduce((sum, sample) => sum + sample.value, 0),
    has: (series, labels = {}) => matching(series, labels).length > 0,
  };
}
