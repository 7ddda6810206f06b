import { Hono } from 'hono';
import type { AppEnv } from './app-env.ts';
import type { Deps } from './deps.ts';
import { handleError } from './errors.ts';
import { noRoute } from './method-not-allowed.ts';
import { requestLog, type Logger } from './log.ts';
import { healthRoutes } from './routes/health.ts';
import { sessionRoutes } from './routes/sessions.ts';
import { userRoutes } from './routes/users.ts';
import { enrollmentRoutes } from './routes/enrollments.ts';
import { deviceRoutes } from './routes/devices.ts';
import { configRoutes } from './routes/config.ts';
import { syncRoutes } from './routes/sync.ts';
import { exportRoutes } from './routes/exports.ts';
import { recordRoutes } from './routes/records.ts';
import { conflictRoutes, quarantineRoutes } from './routes/review-queues.ts';
import { auditRoutes } from './routes/audit.ts';
import { deploymentRoutes } from './routes/deployment.ts';
import { fmpRoutes } from './routes/fmps.ts';
import { formRoutes } from './routes/forms.ts';
import { aggregateRoutes } from './routes/aggregates.ts';
import { webhookRoutes } from './routes/webhooks.ts';
import { odataRoutes } from './routes/odata.ts';
import { feedTokenRoutes } from './routes/feed-tokens.ts';
import { appSecureHeaders } from './secure-headers.ts';
import { limitBodies } from './body-limits.ts';
import { plainTextUrls } from './plain-text.ts';
import { metricsRoutes } from './routes/metrics.ts';
import { createMetrics, type Metrics } from './ops/metrics.ts';
import { staticApp } from './static-app.ts';
import { DEFAULT_ODATA_PAGE_SIZE } from './config.ts';
import { DEFAULT_RATE_LIMITS, type RateLimits } from './rate-limit/rate-limits.ts';
import { clientAddress, clientIp, type ClientKey } from './rate-limit/client-ip.ts';
import { attemptReserver, limitAttempts } from './rate-limit/limit-attempts.ts';

export interface AppOptions extends Deps {
  clientDist?: string;
  log?: Logger;
  /** Made here unless given; main adds the process metrics to it. */
  metrics?: Metrics;
  /** Unset: `/metrics` answers loopback callers only. */
  metricsToken?: string;
  /** Failed sign-in and enrollment attempts allowed per client and per account; tests pass small numbers. */
  rateLimits?: Partial<RateLimits>;
  /** Believe the last `X-Forwarded-For` entry: only behind a reverse proxy that sets it. */
  trustProxy?: boolean;
  /** Officers publish and retire form versions too (`FMP_OFFICERS_PUBLISH_FORMS`); the admin only by default. */
  officersPublishForms?: boolean;
  /** Tells clients apart for rate limits; the socket address by default. */
  clientKey?: ClientKey;
  /** Rows an OData page holds at most (`FMP_ODATA_PAGE_SIZE`). */
  odataPageSize?: number;
}

export function createApp(options: AppOptions) {
  const limits = { ...DEFAULT_RATE_LIMITS, ...options.rateLimits };
  const trustProxy = options.trustProxy ?? false;
  const clientKey = options.clientKey ?? clientIp({ trustProxy });
  const address = clientAddress({ trustProxy });
  const metrics = options.metrics ?? createMetrics(options);
  const deps: Deps = {
    ...options,
    onPushResults: (results) => {
      metrics.onPushResults(results);
      options.onPushResults?.(results);
    },
  };
  const reserveSignIn = attemptReserver(
    options.db,
    {
      perAddress: { bucket: 'login', rule: limits.login },
      perAccount: { bucket: 'login-account', rule: limits.loginAccount },
    },
    clientKey,
    options.now,
  );
  const limitEnroll = limitAttempts(
    attemptReserver(options.db, { perAddress: { bucket: 'enroll', rule: limits.enroll } }, clientKey, options.now),
  );

  const app = new Hono<AppEnv>();
  const missing = noRoute(() => app.routes);
  const api = new Hono<AppEnv>()
    .route('/health', healthRoutes(options))
    .route('/sessions', sessionRoutes(options, { reserveAttempt: reserveSignIn, clientAddress: address }))
    .route('/users', userRoutes(options))
    .route('/enrollments', enrollmentRoutes(options))
    .route('/devices', deviceRoutes(options, limitEnroll))
    .route('/config', configRoutes(options))
    .route('/sync', syncRoutes(deps))
    .route('/exports', exportRoutes(options))
    .route('/records', recordRoutes(options))
    .route('/conflicts', conflictRoutes(options))
    .route('/quarantine', quarantineRoutes(options))
    .route('/audit', auditRoutes(options))
    .route('/deployment', deploymentRoutes(options))
    .route('/fmps', fmpRoutes(options))
    .route('/forms', formRoutes(options, { officersPublish: options.officersPublishForms ?? false }))
    .route('/webhooks', webhookRoutes(options))
    .route('/', aggregateRoutes(options))
    .route('/feed-tokens', feedTokenRoutes(options))
    .route(
      '/odata',
      odataRoutes(
        options,
        { reserveAttempt: reserveSignIn, clientAddress: address },
        { pageSize: options.odataPageSize ?? DEFAULT_ODATA_PAGE_SIZE, trustProxy },
      ),
    )
    .all('*', missing);

  if (options.log) app.use('*', requestLog(options.log));
  app.use('*', metrics.middleware);
  app.use('*', appSecureHeaders({ trustProxy }));
  app.use('*', limitBodies());
  app.use('/api/*', plainTextUrls());
  app.onError((err, c) => handleError(err, c, options.log));
  app.notFound(missing);
  app.route('/api/v1', api);
  app.route('/metrics', metricsRoutes(metrics, { token: options.metricsToken }));
  // The staff pages live at /staff/ (their own HTML entry); without the slash the tablet shell would answer.
  if (options.clientDist) app.get('/staff', (c) => c.redirect('/staff/', 301));
  if (options.clientDist) app.route('/', staticApp(options.clientDist));
  return app;
}
