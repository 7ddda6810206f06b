import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AppEnv } from './app-env.ts';

/** Serves the built PWA: hashed assets cached for a year; the shell and service worker always revalidated. */
export function staticApp(clientDist: string) {
  const root = relative(process.cwd(), clientDist) || '.';
  const app = new Hono<AppEnv>();
  if (!existsSync(join(clientDist, 'index.html'))) {
    return app.get('*', (c) =>
      c.text('The web app is not built. Run `npm run build` (or `npm start`), then reload.', 503),
    );
  }
  return app
    .use('/assets/*', async (c, next) => {
      await next();
      c.header('Cache-Control', 'public, max-age=31536000, immutable');
    })
    .use('*', async (c, next) => {
      await next();
      if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-cache');
    })
    .use('*', serveStatic({ root }))
    .get('*', serveStatic({ root, path: 'index.html' }));
}
