import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { api, adminToken } from './support/api.ts';
import { launchChromium } from './support/browser.ts';
import { catalogText } from './support/catalog-text.ts';
import { signInAsStaff } from './support/staff-fleet.ts';
import {
  PROCESS_ADMIN_PASSWORD,
  startServer,
  type ServerProcess,
} from '../../sync-server/test/support/server-process.ts';
import { ETHIOPIA, UGANDA } from '../../shared/test/deployments.ts';

let server: ServerProcess;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  page = await (await browser.newContext()).newPage();
  await signInAsStaff(page, server.url, 'admin', PROCESS_ADMIN_PASSWORD);
  await page.goto(`${server.url}/staff/#/admin`);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const stored = async () => (await api(server.url, '/deployment', { token: await adminToken(server.url) })).body;
const section = (language: string) =>
  page.getByRole('form', { name: catalogText(language, 'staff-admin.deploymentTitle') });

describe('the deployment in the staff pages', () => {
  it('refuses a misspelt time zone in the reader’s language, keeping what was stored', async () => {
    const form = section('en');
    await form.getByRole('combobox', { name: /^Country/ }).selectOption('ETH');
    await form.getByLabel('Time zone').fill('Africa/Adis_Ababa');
    await form.getByRole('button', { name: 'Save deployment' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: catalogText('en', 'staff-admin.unknownTimeZone') })
      .waitFor();

    await page.getByRole('combobox', { name: catalogText('en', 'staff.language') }).selectOption('fr');
    await section('fr')
      .getByRole('button', { name: catalogText('fr', 'staff-admin.saveDeployment') })
      .click();
    await page
      .getByRole('alert')
      .filter({ hasText: catalogText('fr', 'staff-admin.unknownTimeZone') })
      .waitFor();
    expect(await stored()).toEqual(UGANDA);
  });

  it('sets the country, time zone and neighbours', async () => {
    const form = section('fr');
    await form.getByLabel(catalogText('fr', 'staff-admin.timeZone')).fill(ETHIOPIA.timeZone);
    await form
      .getByLabel(catalogText('fr', 'staff-admin.neighbours'))
      .fill(ETHIOPIA.neighbours.join(', ').toLowerCase());
    await form.getByRole('button', { name: catalogText('fr', 'staff-admin.saveDeployment') }).click();
    await page
      .getByRole('status')
      .filter({ hasText: catalogText('fr', 'staff-admin.deploymentSaved') })
      .waitFor();
    expect(await stored()).toEqual(ETHIOPIA);
  });
});
