import type { Page } from 'playwright-core';

/** Signs in on the staff pages by the labels a person reads. */
export async function signInAsStaff(page: Page, url: string, username: string, password: string): Promise<void> {
  await page.goto(`${url}/staff/`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Device fleet' }).waitFor();
}

/** Reloads the fleet page and reads one column of a device's row, found by the start of its id. */
export async function readFleetCell(page: Page, deviceId: string, column: string): Promise<string> {
  await page.reload();
  const table = page.getByRole('table');
  const row = table.getByRole('row').filter({ hasText: deviceId.slice(0, 8) });
  await row.waitFor();
  const headers = await table.getByRole('columnheader').allTextContents();
  return (await row.getByRole('cell').nth(headers.indexOf(column)).textContent()) ?? '';
}
