import { benchWebhooks } from './webhooks.ts';
import { renderWebhookBenchmarks, WEBHOOKS_HEADING } from './webhook-report.ts';
import { replaceSection } from './replace-section.ts';

// `npm run bench:webhooks`: the webhook benchmark alone replaces its own section of docs/benchmarks.md and no other.
replaceSection(WEBHOOKS_HEADING, renderWebhookBenchmarks(await benchWebhooks()), '## Enumerator app');
