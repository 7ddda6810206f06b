import type { WebhookLagResult } from './webhook-lag.ts';

/** What the lag p95 should stay under: the default poll interval, which a push's wake-up makes unnecessary. */
const AIM_MS = 1000;

const ENGINE = { sqlite: 'SQLite', postgres: 'PostgreSQL' } as const;

export const WEBHOOKS_HEADING = '## Webhooks: delivery lag';

/** The docs/benchmarks.md section of the webhook delivery lag benchmark. */
export function renderWebhookBenchmarks(results: readonly WebhookLagResult[]): string {
  const first = results[0];
  if (!first) return '';
  const rows = results.map(
    (r) =>
      `| ${ENGINE[r.engine]} | ${r.records.toLocaleString('en-US')} | ${r.deliveries.toLocaleString('en-US')} ` +
      `| ${r.pushMs.p50} | ${r.pushMs.p95} | ${r.lagMs.p50} | **${r.lagMs.p95}** | ${r.lagMs.max} ` +
      `| ${(r.lagMs.p95 / r.pushMs.p95).toFixed(2)} | ${r.loadAverage.toFixed(1)} |`,
  );
  const seconds = Math.round(first.records / first.recordsPerSecond);
  const everyMs = Math.round((1000 * first.recordsPerPush) / first.recordsPerSecond);
  const verdicts = results.map(
    (r) => `${ENGINE[r.engine]} ${r.lagMs.p95} ms, ${r.lagMs.p95 <= AIM_MS ? 'within it' : 'missed'}`,
  );
  return `
${WEBHOOKS_HEADING}

${first.recordsPerSecond} records a second pushed to the server process for about ${seconds} s: ${first.devices} devices taking turns,
a push of ${first.recordsPerPush} records every ${everyMs} ms on schedule, whether the one before was answered or not. \
One webhook, default settings, to a receiver on
loopback in the bench process that checks every signature and answers 200. **Lag**: from the start of the push
that carried a record to the receiver taking the delivery that held it (its first arrival). **Push** (the
baseline, same run): from the start of a push to its answer, what the tablet waits for.

| engine | records | deliveries | push p50 ms | push p95 ms | lag p50 ms | lag p95 ms | lag max ms | lag p95 / push p95 | load average |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}

The aim is a lag p95 under ${AIM_MS} ms, the delivery loop's poll interval: ${verdicts.join('; ')}. A push that
stored records wakes its process's delivery loop at once, so a record is usually sent as soon as its push commits;
one batch at a time per webhook (decision 0092), so records pushed while a delivery is under way go in the next.
The lag holds the push's own time (a record cannot leave before its push commits), hence the ratio to the push:
near 1 means the delivery adds little to what the tablet already waits. The load average (1 minute, at the end
of the run) says how busy the machine was with other work; both figures grow with it.
`;
}
