import { Hono } from 'hono';
import type { AppEnv } from './app-env.ts';
import type { Deps } from './deps.ts';
import { handleError, notFound } from './errors.ts';
import { requestLog, type LogLine } from './log.ts';
import { healthRoutes } from './routes/health.ts';
import { sessionRoutes } from './routes/sessions.ts';
import { userRoutes } from './routes/users.ts';
import { enrollmentRoutes } from './routes/enrollments.ts';
import { deviceRoutes } from './routes/devices.ts';
import { configRoutes } from './routes/config.ts';
import { syncRoutes } from './routes/sync.ts';
import { exportRoutes } from './routes/exports.ts';
import { staticApp } from './static-app.ts';

export interface AppOptions extends Deps {
  clientDist?: string;
  log?: LogLine;
}

export function createApp(options: AppOptions) {
  const api = new Hono<AppEnv>()
    .route('/health', healthRoutes(options))
    .route('/sessions', sessionRoutes(options))
    .route('/users', userRoutes(options))
    .route('/enrollments', enrollmentRoutes(options))
    .route('/devices', deviceRoutes(options))
    .route('/config', configRoutes(options))
    .route('/sync', syncRoutes(options))
    .route('/exports', exportRoutes(options))
    .all('*', notFound);

  const app = new Hono<AppEnv>();
  if (options.log) app.use('*', requestLog(options.log));
  app.onError(handleError);
  app.notFound(notFound);
  app.route('/api/v1', api);
  if (options.clientDist) app.route('/', staticApp(options.clientDist));
  return app;
}
