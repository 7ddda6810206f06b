import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeTestServer,
  enrollDevice,
  login,
  authed,
  jsonRequest,
  type TestServer,
} from '../../test/support/test-server.ts';
import { pushRecords } from '../../test/support/push-records.ts';
import { makeFmsData, makePushRecord } from '../../../shared/test/fixtures.ts';
import { FMS_V1 } from '../../../shared/forms/fms-v1.ts';
import { FMR_V1 } from '../../../shared/forms/fmr-v1.ts';
import type { FormDefinition } from '../../../shared/forms/types.ts';
import { forDeployment } from '../../../shared/forms/for-deployment.ts';
import { UGANDA } from '../../../shared/test/deployments.ts';
import type { ConfigResponse } from '../../../shared/api.ts';
import type { FormCheckResponse, FormPublishResponse, FormVersionSummary } from '../../../shared/form-versions.ts';
import { writeXlsform } from '../forms/xlsform/write-xlsform.ts';
import { readXlsform } from '../forms/xlsform/read-xlsform.ts';
import { XLSX_TYPE } from '../../../shared/form-versions.ts';

let server: TestServer;
let admin: string;
let device: { deviceId: string; token: string };

beforeAll(async () => {
  server = await makeTestServer();
  admin = await login(server);
  device = await enrollDevice(server, 'BUNAGANA');
});
afterAll(() => server.cleanup());

/** FMS v2: v1 with one question more, asked of those who consented. */
const FMS_V2: FormDefinition = {
  ...FMS_V1,
  version: 2,
  fields: [
    ...FMS_V1.fields,
    {
      name: 'fever',
      type: 'select_one',
      relevant: { field: 'consent', equals: 'yes' },
      label: {
        en: 'Fever in the last two weeks',
        fr: 'Fièvre ces deux dernières semaines',
        sw: 'Homa katika wiki mbili zilizopita',
      },
      choices: [
        { value: 'yes', label: { en: 'Yes', fr: 'Oui', sw: 'Ndiyo' } },
        { value: 'no', label: { en: 'No', fr: 'Non', sw: 'Hapana' } },
      ],
    },
  ],
};

const upload = (path: string, body: Uint8Array | string, type = XLSX_TYPE, token = admin) =>
  server.app.request(`/api/v1${path}`, {
    method: 'POST',
    headers: { 'Content-Type': type, Authorization: `Bearer ${token}` },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });

const listed = async () =>
  ((await (await server.app.request('/api/v1/forms', authed(admin))).json()) as { versions: FormVersionSummary[] })
    .versions;

const config = async () => {
  const res = await server.app.request('/api/v1/config', authed(device.token));
  return { etag: res.headers.get('ETag'), body: (await res.json()) as ConfigResponse };
};

const fmsRecord = (formVersion: number, extra: Record<string, unknown> = {}) =>
  makePushRecord({ form: 'fms', formVersion, data: makeFmsData(extra) });

/** A workbook of the definition with one cell changed. */
async function brokenWorkbook(
  definition: FormDefinition,
  sheet: string,
  row: number,
  column: number,
  value: string,
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await writeXlsform(definition)) as unknown as ArrayBuffer);
  const found = book.getWorksheet(sheet);
  if (!found) throw new Error(`no ${sheet} sheet`);
  found.getCell(row, column).value = value;
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('form versions', () => {
  it('start as the built-in FMR, FMS and screening v1, equal to the shipped definitions, all in /config', async () => {
    expect((await listed()).map((v) => [v.formId, v.version, v.source, v.state])).toEqual([
      ['fmr', 1, 'built-in', 'in-use'],
      ['fms', 1, 'built-in', 'in-use'],
      ['screening', 1, 'built-in', 'in-use'],
    ]);
    const res = await server.app.request('/api/v1/forms/fms/1', authed(admin));
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(FMS_V1)));
    expect((await config()).body.forms.map((f) => `${f.id}-v${f.version}`)).toEqual([
      'fmr-v1',
      'fms-v1',
      'screening-v1',
    ]);
  });

  it('check an XLSForm without storing it: its definition and the questions it adds', async () => {
    const res = await upload('/forms/check', await writeXlsform(FMS_V2));
    expect(res.status).toBe(200);
    const checked = (await res.json()) as FormCheckResponse;
    expect(checked.problems).toEqual([]);
    expect(checked.definition).toEqual(JSON.parse(JSON.stringify(FMS_V2)));
    expect(checked.changes).toMatchObject({
      from: 1,
      questionsAdded: ['fever'],
      questionsRemoved: [],
      questionsChanged: [],
      choicesAdded: [],
    });
    expect((await listed()).length).toBe(3);
  });

  it('refuse a broken XLSForm with every problem where it is, and store nothing', async () => {
    const before = await config();
    // Row 2 of the survey sheet is the first question; column 1 its type.
    const res = await upload('/forms', await brokenWorkbook(FMS_V2, 'survey', 2, 1, 'geopoint'));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; details: FormCheckResponse['problems'] } };
    expect(body.error.code).toBe('invalid-form');
    expect(body.error.details).toContainEqual(expect.objectContaining({ sheet: 'survey', row: 2, column: 'type' }));
    expect((await listed()).length).toBe(3);
    expect((await config()).etag).toBe(before.etag);
  });

  it('point at the path of each problem of a JSON definition', async () => {
    const misspelt = {
      ...FMS_V2,
      version: 4,
      fields: FMS_V2.fields.map((f) => (f.name === 'sex' ? { ...f, relevent: f.relevant } : f)),
    };
    const res = await upload('/forms/check', JSON.stringify(misspelt), 'application/json');
    const checked = (await res.json()) as FormCheckResponse;
    expect(checked.definition).toBeNull();
    const sexAt = FMS_V2.fields.findIndex((f) => f.name === 'sex');
    expect(checked.problems).toEqual([
      expect.objectContaining({ path: `fields.${sexAt}`, code: 'invalid-definition' }),
    ]);
    const [problem] = checked.problems;
    expect(problem?.params).toEqual({ where: `fields.${sexAt}`, detail: problem?.message });
  });

  it('refuse an FMR version without the aggregate count fields, naming each', async () => {
    const withoutDisability: FormDefinition = {
      ...FMR_V1,
      version: 2,
      fields: FMR_V1.fields.filter((f) => f.name !== 'disability'),
      rules: FMR_V1.rules.filter((r) => r.code !== 'disability-exceeds-group'),
    };
    const res = await upload('/forms', await writeXlsform(withoutDisability));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { details: FormCheckResponse['problems'] } };
    expect(body.error.details).toEqual([
      expect.objectContaining({
        code: 'fmr-count-field-missing',
        sheet: 'survey',
        params: { name: 'disability' },
        message: expect.stringContaining('disability') as string,
      }),
    ]);
  });

  it('publish an XLSForm: listed, in /config with a new ETag, audited; records on it accepted, on unknown versions rejected', async () => {
    const before = await config();
    const res = await upload('/forms', await writeXlsform(FMS_V2));
    expect(res.status).toBe(201);
    const published = (await res.json()) as FormPublishResponse;
    expect(published.form).toMatchObject({
      formId: 'fms',
      version: 2,
      source: 'xlsform',
      publishedBy: 'admin',
      state: 'in-use',
    });
    expect(published.changes.questionsAdded).toEqual(['fever']);

    expect((await listed()).map((v) => `${v.formId}-v${v.version}`)).toContain('fms-v2');
    const after = await config();
    expect(after.etag).not.toBe(before.etag);
    expect(after.body.forms.find((f) => f.id === 'fms' && f.version === 2)).toEqual(
      JSON.parse(JSON.stringify(forDeployment(FMS_V2, UGANDA))),
    );

    const audit = (await (await server.app.request('/api/v1/audit?action=form.publish', authed(admin))).json()) as {
      entries: { target: string }[];
    };
    expect(audit.entries.map((e) => e.target)).toEqual(['form:fms:2']);

    const results = await pushRecords(server, device, [
      fmsRecord(2, { fever: 'no' }),
      fmsRecord(3, { fever: 'no' }),
      fmsRecord(1, { fever: 'no' }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['accepted', 'rejected', 'rejected']);
    expect(results[1]?.errors?.[0]?.code).toBe('unknown-form-version');
    // v1 has no such question: its records are judged by v1.
    expect(results[2]?.errors?.map((e) => e.path)).toContain('data.fever');
  });

  it('refuse a version that exists (409) and store nothing new', async () => {
    const res = await upload('/forms', await writeXlsform(FMS_V2));
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('form-version-exists');
    const json = await upload('/forms', JSON.stringify(FMS_V1), 'application/json');
    expect(json.status).toBe(409);
  });

  it('give back a published version as an XLSForm that reads back to the same definition', async () => {
    const res = await server.app.request('/api/v1/forms/fms/2.xlsx', authed(admin));
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe(XLSX_TYPE);
    const read = await readXlsform(new Uint8Array(await res.arrayBuffer()));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.definition).toEqual(JSON.parse(JSON.stringify(FMS_V2)));
  });

  it('publish a JSON definition too, compared with the newest version', async () => {
    const v3 = { ...FMS_V2, version: 3, fields: FMS_V2.fields.filter((f) => f.name !== 'occupation') };
    const res = await upload('/forms', JSON.stringify(v3), 'application/json');
    expect(res.status).toBe(201);
    const published = (await res.json()) as FormPublishResponse;
    expect(published.form.source).toBe('json');
    expect(published.changes).toMatchObject({ from: 2, questionsRemoved: ['occupation'], questionsAdded: [] });
  });

  it('retire a version: gone from /config, still judging the records made on it, never deleted', async () => {
    const before = await config();
    const res = await server.app.request('/api/v1/forms/fms/2/retire', { method: 'POST', ...authed(admin) });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { form: FormVersionSummary }).form.state).toBe('retired');
    const after = await config();
    expect(after.etag).not.toBe(before.etag);
    expect(after.body.forms.filter((f) => f.id === 'fms').map((f) => f.version)).toEqual([1, 3]);
    expect((await listed()).find((v) => v.formId === 'fms' && v.version === 2)?.state).toBe('retired');

    const record = fmsRecord(2, { fever: 'yes' });
    const results = await pushRecords(server, device, [record]);
    expect(results.map((r) => r.status)).toEqual(['accepted']);

    // Reviewed by its own version too: a correction of the question v2 added is checked against v2.
    const correct = (fever: string) =>
      server.app.request(
        `/api/v1/records/${record.id}/corrections`,
        jsonRequest('POST', { changes: { fever }, reason: 'misheard', baseRevision: 1 }, admin),
      );
    expect((await correct('maybe')).status).toBe(400);
    const corrected = await correct('no');
    expect(corrected.status).toBe(201);
  });

  it('keep one version of a form in use', async () => {
    const res = await server.app.request('/api/v1/forms/screening/1/retire', { method: 'POST', ...authed(admin) });
    expect(res.status).toBe(409);
    expect((await config()).body.forms.map((f) => f.id)).toContain('screening');
  });

  it('refuse other content types and unknown versions', async () => {
    expect((await upload('/forms/check', 'id,version', 'text/csv')).status).toBe(415);
    expect((await server.app.request('/api/v1/forms/fms/9', authed(admin))).status).toBe(404);
    expect((await server.app.request('/api/v1/forms/fms/x.xlsx', authed(admin))).status).toBe(404);
    const tooBig = await upload('/forms', new Uint8Array(2 * 1024 * 1024 + 1));
    expect(tooBig.status).toBe(413);
    // Above the 64 KiB of other bodies, within the upload's own limit.
    const large = await upload('/forms/check', JSON.stringify(FMS_V2) + ' '.repeat(100 * 1024), 'application/json');
    expect(large.status).toBe(200);
  });

  it('let no one but the admin publish', async () => {
    const res = await server.app.request('/api/v1/forms', jsonRequest('POST', FMS_V1, device.token));
    expect(res.status).toBe(403);
  });
});
