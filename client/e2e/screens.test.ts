import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFmrData } from '../../shared/test/fixtures.ts';
import { seriousViolations } from './support/axe.ts';
import { enrolledTablet, type Tablet } from './support/enrolled-tablet.ts';
import { fillField } from './support/fill-field.ts';
import { queueRawRecords } from './support/raw-records.ts';
import { screenshotBothSizes } from './support/screenshot.ts';
import {
  FMR,
  FMS,
  SCREENING,
  backHome,
  recordForm,
  recordRows,
  recordRowsIn,
  syncNow,
  tallyButton,
  waitForTodayCount,
} from './support/tablet-screen.ts';

let tablet: Tablet;

beforeAll(async () => {
  tablet = await enrolledTablet({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
});

afterAll(async () => {
  await tablet?.close();
});

/** Opens a screen from home, checks it with axe-core and photographs it, at phone and tablet sizes. */
async function visit(name: string, open: () => Promise<void>): Promise<void> {
  const { page } = tablet;
  await open();
  await screenshotBothSizes(page, name, undefined, async (size) => {
    expect(await seriousViolations(page), `${name} at ${size}`).toEqual([]);
  });
}

describe('each main screen, at 360x640 and 1280x800', () => {
  it('shows the enrollment screen with no serious accessibility violation', async () => {
    const page = await tablet.context.browser()?.newPage({ viewport: { width: 360, height: 640 }, bypassCSP: true });
    if (!page) throw new Error('no browser');
    await page.goto(tablet.server.url);
    await page.getByLabel('Enrollment code').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBothSizes(page, 'enroll');
    await page.close();
  });

  it('shows home, offline, with a few records sent and one waiting', async () => {
    const { page } = tablet;
    // Offline while they are counted: online, the app's own sync at start may send them before the count shows.
    await tablet.context.setOffline(true);
    await queueRawRecords(page, [
      makeFmrData({ observed_at: new Date().toISOString() }),
      makeFmrData({
        observed_at: new Date().toISOString(),
        direction: 'outgoing',
        origin_country: 'UGA',
        destination_country: 'COD',
      }),
    ]);
    await page.reload();
    await waitForTodayCount(page, 'Waiting to send', 2);
    await tablet.context.setOffline(false);
    await syncNow(page).click();
    await waitForTodayCount(page, 'Waiting to send', 0);
    // Offline from here, so the app's own sync at start does not send the record that should show as waiting.
    await tablet.context.setOffline(true);
    await queueRawRecords(page, [makeFmrData({ observed_at: new Date().toISOString() })]);
    await page.reload();
    await visit('home', () => recordRowsIn(page, 'Latest records', 'Waiting to send').waitFor());
  });

  it('shows the FMR group form, partly filled, with its live total and a warning', async () => {
    const { page } = tablet;
    await visit('form-fmr', async () => {
      await page.getByRole('button', { name: 'New group (FMR)' }).click();
      await recordForm(page, FMR).waitFor();
      await fillField(page, 'direction', 'incoming');
      await fillField(page, 'destination_country', 'KEN');
      await fillField(page, 'males_18_59', '2');
      await fillField(page, 'females_0_4', '1');
    });
    await screenshotBothSizes(page, 'form-fmr-grid', '.count-grid-set');
    await page.getByRole('button', { name: 'Finish and save' }).click();
    await page.getByRole('alert').filter({ hasText: 'Correct the fields marked below.' }).waitFor();
    await screenshotBothSizes(page, 'form-fmr-errors');
    await backHome(page);
  });

  it('shows the FMS interview form after consent', async () => {
    const { page } = tablet;
    await visit('form-fms', async () => {
      await page.getByRole('button', { name: 'Interview (FMS)' }).click();
      await recordForm(page, FMS).waitFor();
      await fillField(page, 'consent', 'yes');
      await fillField(page, 'sex', 'male');
      await fillField(page, 'needs', 'food');
    });
    await backHome(page);
  });

  it('shows the health screening form', async () => {
    const { page } = tablet;
    await visit('form-screening', async () => {
      await page.getByRole('button', { name: 'Health screening' }).click();
      await recordForm(page, SCREENING).waitFor();
    });
    await backHome(page);
  });

  it('shows a tally session with counts', async () => {
    const { page } = tablet;
    await visit('tally', async () => {
      await page.getByRole('button', { name: 'Tally session' }).click();
      for (const label of ['Males 18–59 years', 'Males 18–59 years', 'Females 18–59 years', 'Females 0–4 years'])
        await tallyButton(page, 'Incoming', label).click();
      await tallyButton(page, 'Outgoing', 'Males 5–17 years').click();
    });
    await backHome(page);
  });

  it('shows the records list with its state filters and the file panel', async () => {
    const { page } = tablet;
    await visit('records', async () => {
      await page.getByRole('button', { name: 'Records on this tablet' }).click();
      await recordRows(page, 'Records on this tablet').first().waitFor();
    });
    await backHome(page);
  });
});
