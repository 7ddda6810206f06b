import { Hono, type Context } from 'hono';
import type { Deps } from '../deps.ts';
import type { AppEnv } from '../app-env.ts';
import { AppError } from '../errors.ts';
import { writeAudit } from '../audit/audit-log.ts';
import { overHttps } from '../secure-headers.ts';
import { requireFeedReader } from '../odata/feed-reader.ts';
import { findSet, readableSets } from '../odata/feed-sets.ts';
import { csdlXml, serviceDocument } from '../odata/csdl.ts';
import { parseFeedQuery } from '../odata/query-options.ts';
import { feedPage } from '../odata/feed-page.ts';
import type { SignInGuard } from '../auth/check-credentials.ts';

export interface FeedOptions {
  /** Rows a page holds at most; the rest follow through `@odata.nextLink`. */
  pageSize: number;
  trustProxy: boolean;
}

const JSON_TYPE = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

/** OData v4 for Power BI and Excel at `/api/v1/odata/` (decisions 0094, 0095). */
export function odataRoutes(deps: Deps, guard: SignInGuard, { pageSize, trustProxy }: FeedOptions) {
  const { db, now } = deps;
  // The links a client follows are absolute: the scheme behind a trusted proxy is the proxy's.
  const serviceRoot = (c: Context) =>
    `${overHttps(c, trustProxy) ? 'https' : 'http'}://${c.req.header('Host') ?? new URL(c.req.url).host}/api/v1/odata/`;
  const service = async (c: Context<AppEnv>) =>
    c.json(serviceDocument(serviceRoot(c), await readableSets(db, c.var.feedReader.role)));
  return (
    new Hono<AppEnv>()
      .use(requireFeedReader(deps, guard))
      .use(async (c, next) => {
        await next();
        c.header('OData-Version', '4.0');
      })
      .get('/', service)
      .get('/$metadata', async (c) =>
        c.body(csdlXml(await readableSets(db, c.var.feedReader.role)), 200, {
          'Content-Type': 'application/xml;charset=utf-8',
        }),
      )
      // The service root with its slash, `/odata/`, is the URL people paste into Power BI.
      .get('/:set{[^/]*}', async (c) => {
        if (c.req.param('set') === '') return service(c);
        const { role, actor } = c.var.feedReader;
        const set = await findSet(db, role, c.req.param('set'));
        if (set === 'unknown') throw new AppError(404, 'unknown-entity-set', `No entity set ${c.req.param('set')}.`);
        if (set === 'forbidden') throw new AppError(403, 'forbidden', 'Analysts read FMR and its aggregates only.');
        const params = new URL(c.req.url).searchParams;
        const query = parseFeedQuery(set, params);
        // Who took which dataset out is audited once per read, not once per page.
        if (!params.has('$skiptoken'))
          await writeAudit(db, actor, now(), {
            action: 'odata.read',
            target: `odata:${set.name}`,
            details: c.req.query(),
          });
        const body = await feedPage(db, set, query, { serviceRoot: serviceRoot(c), params, pageSize });
        return c.body(body, 200, { 'Content-Type': JSON_TYPE, 'Cache-Control': 'no-store' });
      })
  );
}
