import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { makeTestServer, enrollDevice, authed, type TestServer } from '../../test/support/test-server.ts';
import { ConfigResponse } from '../../../shared/api.ts';
import { FMR_V1 } from '../../../shared/forms/fmr-v1.ts';
import { CODE_LIST_VERSION } from '../../../shared/code-lists/version.ts';
import { forDeployment } from '../../../shared/forms/for-deployment.ts';
import { UGANDA } from '../../../shared/test/deployments.ts';

let server: TestServer;
beforeEach(async () => {
  server = await makeTestServer();
});
afterEach(() => server.cleanup());

describe('GET /api/v1/config', () => {
  it('gives a device the forms as the first deployment shows them, the nine seed FMPs, the code lists and the deployment', async () => {
    const device = await enrollDevice(server);
    const res = await server.app.request('/api/v1/config', authed(device.token));
    expect(res.status).toBe(200);
    const config = ConfigResponse.parse(await res.json());
    expect(config.forms.map((f) => `${f.id}@${f.version}`)).toEqual(['fmr@1', 'fms@1', 'screening@1']);
    expect(config.forms[0]).toEqual(forDeployment(FMR_V1, UGANDA));
    expect(config.deployment).toEqual(UGANDA);
    expect(config.codeListVersion).toBe(CODE_LIST_VERSION);
    expect(config.fmps.map((f) => f.code)).toHaveLength(9);
    expect(config.fmps.find((f) => f.code === 'MPONDWE')).toEqual({
      code: 'MPONDWE',
      name: 'Mpondwe',
      district: 'Kasese',
      timeZone: 'Africa/Kampala',
    });
  });

  it('gzips its answer for a tablet that accepts gzip, to the same JSON, and still answers 304 to its tag', async () => {
    const device = await enrollDevice(server);
    const plain = await (await server.app.request('/api/v1/config', authed(device.token))).text();
    const headers = { Authorization: `Bearer ${device.token}`, 'Accept-Encoding': 'gzip, deflate, br' };
    const zipped = await server.app.request('/api/v1/config', { headers });
    expect(zipped.headers.get('Content-Encoding')).toBe('gzip');
    expect(zipped.headers.get('Vary')).toContain('Accept-Encoding');
    const bytes = Buffer.from(await zipped.arrayBuffer());
    expect(gunzipSync(bytes).toString()).toBe(plain);
    expect(bytes.length).toBeLessThan(plain.length / 3);
    const again = await server.app.request('/api/v1/config', {
      headers: { ...headers, 'If-None-Match': zipped.headers.get('ETag') ?? '' },
    });
    expect(again.status).toBe(304);
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const device = await enrollDevice(server);
    const first = await server.app.request('/api/v1/config', authed(device.token));
    const tag = first.headers.get('ETag');
    expect(tag).toBeTruthy();
    const second = await server.app.request('/api/v1/config', {
      headers: { Authorization: `Bearer ${device.token}`, 'If-None-Match': tag ?? '' },
    });
    expect(second.status).toBe(304);
  });

  it('needs a token', async () => {
    expect((await server.app.request('/api/v1/config')).status).toBe(401);
  });
});
