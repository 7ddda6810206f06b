import type { Context } from 'hono';
import { TrieRouter } from 'hono/router/trie-router';
import { errorBody, notFound } from './errors.ts';

const METHODS = ['DELETE', 'GET', 'PATCH', 'POST', 'PUT'] as const;

interface Route {
  method: string;
  path: string;
}

function methodsRouter(routes: readonly Route[]): TrieRouter<string> {
  const router = new TrieRouter<string>();
  // Middleware (`ALL`) and catch-all paths name no resource: only real routes say which methods a path has.
  for (const { method, path } of routes) if (method !== 'ALL' && !path.includes('*')) router.add(method, path, method);
  return router;
}

/**
 * The answer when no route matched: 405 `method-not-allowed` with `Allow` when the path has routes for
 * other methods (GET implies HEAD, which Hono answers), 404 `not-found` otherwise. `routes` is read on the
 * first miss, once every route is registered.
 */
export function noRoute(routes: () => readonly Route[]) {
  let router: TrieRouter<string> | undefined;
  return (c: Context): Response => {
    router ??= methodsRouter(routes());
    const found = router;
    const allowed: string[] = METHODS.filter((method) => found.match(method, c.req.path)[0].length > 0);
    if (allowed.length === 0) return notFound(c);
    if (allowed.includes('GET')) allowed.push('HEAD');
    allowed.sort();
    const allow = allowed.join(', ');
    return c.json(
      errorBody('method-not-allowed', `${c.req.method} is not allowed on ${c.req.path}; use ${allow}.`, {
        allow: allowed,
      }),
      405,
      { Allow: allow },
    );
  };
}
