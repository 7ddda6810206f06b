import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isoToLocalInput, localInputToIso, toIsoWithOffset } from './local-time.ts';

const originalTz = process.env['TZ'];
afterEach(() => {
  process.env['TZ'] = originalTz;
});

describe('toIsoWithOffset', () => {
  it.each([
    ['Africa/Kampala', '2024-05-01T10:30:00+03:00'],
    ['America/Caracas', '2024-05-01T03:30:00-04:00'],
    ['Asia/Kolkata', '2024-05-01T13:00:00+05:30'],
    ['UTC', '2024-05-01T07:30:00+00:00'],
  ])('writes the local time and offset in %s', (tz, expected) => {
    process.env['TZ'] = tz;
    expect(toIsoWithOffset(new Date('2024-05-01T07:30:00Z'))).toBe(expected);
  });

  it('produces what the FMR schema accepts as observed_at', () => {
    expect(z.iso.datetime({ offset: true }).safeParse(toIsoWithOffset(new Date())).success).toBe(true);
  });
});

describe('the datetime-local round trip', () => {
  it('shows the wall-clock time of a stored timestamp', () => {
    expect(isoToLocalInput('2024-05-01T10:30:00+03:00')).toBe('2024-05-01T10:30');
  });

  it('turns what the input shows into the same instant with the local offset', () => {
    process.env['TZ'] = 'Africa/Kampala';
    expect(localInputToIso('2024-05-01T10:30')).toBe('2024-05-01T10:30:00+03:00');
  });

  it('gives an empty string for a cleared input', () => {
    expect(localInputToIso('')).toBe('');
  });
});
