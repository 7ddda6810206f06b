import { afterEach, describe, expect, it } from 'vitest';
import { authed, createStaff, jsonRequest, makeTestServer, type TestServer } from '../../test/support/test-server.ts';
import { SCREENING_V1 } from '../../../shared/forms/screening-v1.ts';
import type { FormListResponse } from '../../../shared/form-versions.ts';

let server: TestServer | undefined;
afterEach(() => server?.cleanup());

const SCREENING_V2 = {
  ...SCREENING_V1,
  version: 2,
  fields: [
    ...SCREENING_V1.fields,
    { name: 'traced', type: 'integer', min: 0, max: 99, label: { en: 'Traced', fr: 'Retracés', sw: 'Waliofuatiliwa' } },
  ],
};

async function officerOn(officersPublishForms: boolean) {
  server = await makeTestServer({ officersPublishForms });
  const officer = await createStaff(server, 'officer');
  const analyst = await createStaff(server, 'analyst');
  const app = server.app;
  const list = async (token: string) =>
    ((await (await app.request('/api/v1/forms', authed(token))).json()) as FormListResponse).canPublish;
  const status = async (path: string, body: unknown, token: string) =>
    (await app.request(`/api/v1${path}`, jsonRequest('POST', body, token))).status;
  return { officer, analyst, list, status };
}

describe('officers and form versions', () => {
  it('may check, publish and retire when the deployment lets them; analysts still may not', async () => {
    const { officer, analyst, list, status } = await officerOn(true);
    expect([await list(officer), await list(analyst)]).toEqual([true, false]);
    expect(await status('/forms/check', SCREENING_V2, analyst)).toBe(403);
    expect(await status('/forms/check', SCREENING_V2, officer)).toBe(200);
    expect(await status('/forms', SCREENING_V2, officer)).toBe(201);
    expect(await status('/forms/screening/1/retire', {}, officer)).toBe(200);
  });

  it('may only read them by default', async () => {
    const { officer, list, status } = await officerOn(false);
    expect(await list(officer)).toBe(false);
    expect(await status('/forms/check', SCREENING_V2, officer)).toBe(403);
    expect(await status('/forms', SCREENING_V2, officer)).toBe(403);
    expect(await status('/forms/screening/1/retire', {}, officer)).toBe(403);
  });
});
