import { benchWebhookLag, type WebhookLagResult } from './webhook-lag.ts';

/** Delivery lag on both engines, one after the other. */
export async function benchWebhooks(): Promise<WebhookLagResult[]> {
  const results: WebhookLagResult[] = [];
  for (const engine of ['sqlite', 'postgres'] as const) {
    console.log(`Webhook delivery lag on ${engine}, 100 records/s pushed...`);
    const result = await benchWebhookLag(engine);
    console.log(`  lag p50 ${result.lagMs.p50} ms, p95 ${result.lagMs.p95} ms; push p95 ${result.pushMs.p95} ms`);
    results.push(result);
  }
  return results;
}
