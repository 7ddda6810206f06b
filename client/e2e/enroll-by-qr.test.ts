import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startServer, type ServerProcess } from '../../sync-server/src/testing/server-process.ts';
import { adminToken, enrollmentCode } from './support/api.ts';
import { launchChromium } from './support/browser.ts';
import { writeQrVideo } from './support/qr-camera.ts';

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
    await page.click('[data-testid=scan-qr]');
    await page.waitForFunction((expected) => document.querySelector<HTMLInputElement>('[name=code]')?.value === expected, code, {
      timeout: 30_000,
    });
    expect(await page.$('[data-testid=qr-scanner]')).toBeNull();
    await page.click('[data-testid=enroll-submit]');
    await page.waitForSelector('[data-testid=home]');
    expect(await page.textContent('[data-testid=fmp-code]')).toBe('GOLI');
  });
});
