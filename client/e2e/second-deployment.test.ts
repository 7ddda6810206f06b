import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { api, adminToken, enrollmentCode } from './support/api.ts';
import { launchChromium } from './support/browser.ts';
import { catalogText } from './support/catalog-text.ts';
import { enrollThroughUi } from './support/enrolled-tablet.ts';
import { startServer, type ServerProcess } from '../../sync-server/test/support/server-process.ts';
import { makeEthiopiaDeployment } from '../../sync-server/test/support/ethiopia.ts';

/** The first deployment, however a text may name it. */
const FIRST_DEPLOYMENT = /Uganda|Ouganda|Kampala/;

let server: ServerProcess;
let browser: Browser;
let page: Page;
/** The language the tablet shows now: the language menu is named in it. */
let shown = 'en';

beforeAll(async () => {
  server = await startServer();
  const admin = await adminToken(server.url);
  await makeEthiopiaDeployment(async (method, path, body) => {
    const res = await api(server.url, path, { method, token: admin, body });
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  });
  browser = await launchChromium();
  page = await (await browser.newContext()).newPage();
  await enrollThroughUi(page, server.url, await enrollmentCode(server.url, admin, 'MOYALE'));
  await page.getByLabel('Your name (enumerator)').fill('Hana');
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** What the page says, leaving out the country pickers: they offer every country, Uganda among them, as answers. */
const pageText = () =>
  page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    for (const element of copy.querySelectorAll('select, script, style')) element.remove();
    return copy.textContent ?? '';
  });

describe('a tablet of an Ethiopia deployment', () => {
  it('starts a new group from across the border into Ethiopia', async () => {
    expect(await pageText()).not.toMatch(FIRST_DEPLOYMENT);
    await page.getByRole('button', { name: /^New group/ }).click();
    await page.getByRole('radio', { name: 'Incoming (into Ethiopia)' }).waitFor();
    expect(await page.getByLabel('Country of origin').inputValue()).toBe('SSD');
    expect(await page.getByLabel('Country of destination').inputValue()).toBe('ETH');
    await page.getByRole('radio', { name: 'Outgoing (out of Ethiopia)' }).check();
    expect(await page.getByLabel('Country of origin').inputValue()).toBe('ETH');
  });

  it.each([
    ['fr', ['Entrant (arrivée : Éthiopie)', 'Sortant (départ : Éthiopie)']],
    ['sw', ['Wanaoingia (Ethiopia)', 'Wanaotoka (Ethiopia)']],
    // The forms have no Arabic yet: their English texts stand in, naming Ethiopia too.
    ['ar', ['Incoming (into Ethiopia)', 'Outgoing (out of Ethiopia)']],
    ['en', ['Incoming (into Ethiopia)', 'Outgoing (out of Ethiopia)']],
  ])('names Ethiopia on the direction question in %s, and nowhere Uganda', async (language, labels) => {
    await page.getByRole('combobox', { name: catalogText(shown, 'common.language') }).selectOption(language);
    shown = language;
    for (const label of labels) await page.getByRole('radio', { name: label, exact: true }).waitFor();
    expect(await pageText()).not.toMatch(FIRST_DEPLOYMENT);
  });
});
