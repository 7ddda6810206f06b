import parsePrometheusTextFormat, { type PrometheusFamily, type PrometheusSample } from 'parse-prometheus-text-format';

export interface ParsedMetrics {
  families: PrometheusFamily[];
  /** The sample of `name` whose labels include `labels`; undefined when there is none. */
  sample: (name: string, labels?: Record<string, string>) => PrometheusSample | undefined;
  /** Its value as a number, 0 for a labelled series not yet counted. */
  value: (name: string, labels?: Record<string, string>) => number;
}

/** Reads `/metrics` text with an independent Prometheus text-format parser. */
export function parseMetrics(text: string): ParsedMetrics {
  const families = parsePrometheusTextFormat(text);
  const sample = (name: string, labels: Record<string, string> = {}) =>
    families
      .find((f) => f.name === name)
      ?.metrics.find((m) => Object.entries(labels).every(([k, v]) => m.labels?.[k] === v));
  return {
    families,
    sample,
    value: (name, labels) => Number(sample(name, labels)?.value ?? 0),
  };
}
