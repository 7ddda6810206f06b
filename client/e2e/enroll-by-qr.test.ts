import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startServer, type ServerProcess } from '../../sync-server/test/support/server-process.ts';
import { adminToken, enrollmentCode } from './support/api.ts';
import { launchChromium } from './support/browser.ts';
import { writeQrVideo } from './support/qr-camera.ts';
import { homeHeading } from './support/tablet-screen.ts';

const dir = mkdtempSync(join(tmpdir(), 'fmp-qr-'));
let server: ServerProcess;
let browser: Browser;
let code: string;

beforeAll(async () => {
  server = await startServer();
  code = await enrollmentCode(server.url, await adminToken(server.url), 'GOLI');
  writeQrVideo(join(dir, 'qr.y4m'), code);
  browser = await launchChromium([
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-video-capture=${join(dir, 'qr.y4m')}`,
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('enrolling a tablet by its QR code', () => {
  it('reads the code from the camera and enrolls with it', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['camera']);
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Scan the QR code' }).click();
    await expect.poll(() => page.getByLabel('Enrollment code').inputValue(), { timeout: 30_000 }).toBe(code);
    expect(await page.getByRole('button', { name: 'Type the code instead' }).count(), 'the scanner closed').toBe(0);
    await page.getByRole('button', { name: 'Enroll', exact: true }).click();
    await homeHeading(page).waitFor();
    expect(await page.getByText(/^Flow monitoring point\s+GOLI$/).count()).toBe(1);
  });
});
