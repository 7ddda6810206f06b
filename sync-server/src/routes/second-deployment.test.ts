import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeTestServer,
  enrollDevice,
  authed,
  jsonRequest,
  login,
  type TestServer,
} from '../../test/support/test-server.ts';
import { pushRecords } from '../../test/support/push-records.ts';
import { makeEthiopiaDeployment } from '../../test/support/ethiopia.ts';
import { ConfigResponse } from '../../../shared/api.ts';
import type { AggregatesResponse } from '../../../shared/aggregates.ts';
import { FIELD_ISSUE_MESSAGES } from '../../../shared/forms/messages.ts';
import type { FormDefinition } from '../../../shared/forms/types.ts';
import { textIn, type Text } from '../../../shared/i18n.ts';
import type { RecordsPage } from '../../../shared/records.ts';
import { makeFmrData, makePushRecord } from '../../../shared/test/fixtures.ts';
import { ETHIOPIA } from '../../../shared/test/deployments.ts';

/** The first deployment, however a text may name it. */
const FIRST_DEPLOYMENT = /uganda|ouganda|kampala|\bUGA\b/i;
const LOCALES = new URL('../../../client/locales/', import.meta.url);
const LANGUAGES = readdirSync(LOCALES);

let server: TestServer;
let admin: string;
let config: ConfigResponse;
let rawConfig: string;

beforeAll(async () => {
  server = await makeTestServer();
  admin = await login(server);
  await makeEthiopiaDeployment(async (method, path, body) => {
    const res = await server.app.request(`/api/v1${path}`, jsonRequest(method, body, admin));
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res.json();
  });
  const device = await enrollDevice(server, 'MOYALE');
  const res = await server.app.request('/api/v1/config', authed(device.token));
  rawConfig = await res.text();
  config = ConfigResponse.parse(JSON.parse(rawConfig));
});
afterAll(() => server.cleanup());

/** Every text of a form a tablet shows in one language: title, questions, hints, answers, rule messages. */
function formTexts(form: FormDefinition, language: string): string[] {
  const texts: Text[] = [
    form.title,
    ...form.fields.flatMap((f) => [
      f.label,
      ...(f.hint ? [f.hint] : []),
      ...('choices' in f ? f.choices.map((c) => c.label) : []),
    ]),
    ...form.rules.map((r) => r.message),
  ];
  return texts.map((t) => textIn(t, language));
}

const catalogTexts = (language: string): string[] =>
  readdirSync(new URL(`${language}/`, LOCALES)).flatMap((file) =>
    Object.values(JSON.parse(readFileSync(new URL(`${language}/${file}`, LOCALES), 'utf8')) as Record<string, string>),
  );

describe('a second deployment: Ethiopia, with two FMPs', () => {
  it('gives tablets its deployment and its two FMPs, on the Addis Ababa clock', () => {
    expect(config.deployment).toEqual(ETHIOPIA);
    expect(config.fmps.map((f) => [f.code, f.timeZone])).toEqual([
      ['METEMA', 'Africa/Addis_Ababa'],
      ['MOYALE', 'Africa/Addis_Ababa'],
    ]);
  });

  it.each(LANGUAGES)('labels the FMR directions with Ethiopia in %s', (language) => {
    const fmr = config.forms.find((f) => f.id === 'fmr');
    const direction = fmr?.fields.find((f) => f.name === 'direction');
    const labels = direction && 'choices' in direction ? direction.choices.map((c) => textIn(c.label, language)) : [];
    expect(labels).toHaveLength(2);
    for (const label of labels) expect(label).toMatch(/Ethiopia|Éthiopie/);
  });

  /*
   * Every string a tablet shows: its catalogs in every language, the forms and FMPs of /config as each
   * language renders them, the field messages shared with the server. Left out: the country pickers'
   * names from i18n-iso-countries, where Uganda is one answer among all countries, not the deployment.
   */
  it.each(LANGUAGES)('shows no text naming the first deployment in %s', (language) => {
    const shown = [
      ...catalogTexts(language),
      ...config.forms.flatMap((form) => formTexts(form, language)),
      ...config.fmps.flatMap((f) => [f.name, f.district]),
      ...Object.values(FIELD_ISSUE_MESSAGES).map((text) => textIn(text, language)),
    ];
    expect(shown.length).toBeGreaterThan(400);
    expect(shown.filter((text) => FIRST_DEPLOYMENT.test(text))).toEqual([]);
  });

  it('sends no code or name of the first deployment in /config at all', () => {
    expect(rawConfig.match(new RegExp(FIRST_DEPLOYMENT, 'gi'))).toBeNull();
  });

  it('counts a group seen at 21:30 UTC on the next Addis Ababa day, and judges its country by Ethiopia', async () => {
    const device = await enrollDevice(server, 'METEMA');
    const data = {
      fmp: 'METEMA',
      observed_at: '2026-11-19T21:30:00Z',
      origin_country: 'SDN',
      origin_admin1: 'UNK',
      destination_country: 'ETH',
      destination_admin1: 'UNK',
      destination_admin2: null,
      nationality: 'SDN',
    };
    const into = makePushRecord({ data: makeFmrData({ ...data, direction: 'incoming' }) });
    const out = makePushRecord({ data: makeFmrData({ ...data, direction: 'outgoing' }) });
    const results = await pushRecords(server, device, [into, out]);
    expect(results.map((r) => r.status)).toEqual(['accepted', 'accepted']);

    const res = await server.app.request('/api/v1/aggregates?by=fmp,day,direction&fmp=METEMA', authed(admin));
    expect(((await res.json()) as AggregatesResponse).rows).toMatchObject([
      { fmp: 'METEMA', day: '2026-11-20', direction: 'incoming', records: 1 },
      { fmp: 'METEMA', day: '2026-11-20', direction: 'outgoing', records: 1 },
    ]);

    const stored = (await (
      await server.app.request('/api/v1/records?fmp=METEMA', authed(admin))
    ).json()) as RecordsPage;
    const warnings = new Map(stored.records.map((r) => [r.id, r.warnings.map((w) => [w.code, w.message])]));
    expect(warnings.get(into.id)).not.toContainEqual(expect.arrayContaining(['incoming-destination-elsewhere']));
    expect(warnings.get(out.id)).toContainEqual([
      'outgoing-origin-elsewhere',
      'Outgoing, but the origin is not Ethiopia.',
    ]);
  });
});
