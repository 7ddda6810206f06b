import { describe, expect, it } from 'vitest';
import { freshDatabase, screeningV2 } from '../../test/support/fixtures.ts';
import { jsonResponse } from '../../test/support/fake-fetch.ts';
import { BUILT_IN_FORMS } from '../db/built-in-forms.ts';
import { loadTabletForms } from '../db/forms.ts';
import { CONFIG_PATH, fetchConfig } from './fetch-config.ts';
import { UGANDA } from '../../../shared/test/deployments.ts';

const device = { deviceId: 'd1', token: 't1', fmp: 'GOLI' };
const config = {
  forms: [...BUILT_IN_FORMS.filter((f) => f.id !== 'screening'), screeningV2()],
  fmps: [],
  codeListVersion: 'x',
  deployment: UGANDA,
};

/** Answers /config as the server does: the body with its ETag, 304 when the tablet already has it. */
function configServer(etag: string) {
  const asked: (string | null)[] = [];
  const fetchFn = (input: RequestInfo | URL, init?: RequestInit) => {
    expect(String(input)).toBe(CONFIG_PATH);
    const sent = new Headers(init?.headers).get('if-none-match');
    asked.push(sent);
    return Promise.resolve(sent === etag ? new Response(null, { status: 304 }) : jsonResponse(config, 200, { etag }));
  };
  return { fetch: fetchFn as typeof fetch, asked };
}

describe('fetching the forms with /config', () => {
  it('stores the versions /config offers and then asks with their ETag', async () => {
    const db = freshDatabase();
    const server = configServer('"v2"');
    const { etag } = await fetchConfig({ db, fetch: server.fetch, device }, null);
    expect(etag).toBe('"v2"');
    expect((await loadTabletForms(db)).newest('screening')?.version).toBe(2);

    expect(await fetchConfig({ db, fetch: server.fetch, device }, etag)).toEqual({ config: null, etag: '"v2"' });
    expect(server.asked).toEqual([null, '"v2"']);
  });

  it.each([
    ['lost on the way', () => Promise.reject(new TypeError('Failed to fetch'))],
    ['refused', () => Promise.resolve(jsonResponse({ error: { code: 'unauthorized', message: '' } }, 401))],
    ['not a config', () => Promise.resolve(jsonResponse({ forms: 'none' }))],
  ])('keeps what the tablet holds and the old ETag when the answer is %s', async (_, fetchFn) => {
    const db = freshDatabase();
    const kept = await fetchConfig({ db, fetch: fetchFn as typeof fetch, device }, '"old"');
    expect(kept).toEqual({ config: null, etag: '"old"' });
    expect((await loadTabletForms(db)).newest('screening')?.version).toBe(1);
  });
});
