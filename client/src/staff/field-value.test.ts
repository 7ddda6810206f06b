import { describe, expect, it } from 'vitest';
import { parseFieldValue } from './field-value.ts';
import { dayStart } from './day-start.ts';
import { daysSince } from './days-since.ts';

describe('parseFieldValue', () => {
  it.each<[unknown, string, unknown]>([
    [2, '3', 3],
    [false, 'true', true],
    ['foot', 'bus', 'bus'],
    [['food'], 'food, health', ['food', 'health']],
    ['note', '  ', null],
    [undefined, 'new', 'new'],
  ])('reads %j typed as %j as %j', (current, typed, expected) => {
    expect(parseFieldValue(current, typed)).toEqual(expected);
  });
});

describe('dayStart', () => {
  it('starts an Addis Ababa day at midnight +03:00, and the next one across a month end', () => {
    expect(dayStart('2026-11-20', 'Africa/Addis_Ababa')).toBe('2026-11-20T00:00:00+03:00');
    expect(dayStart('2026-11-30', 'Africa/Addis_Ababa', 1)).toBe('2026-12-01T00:00:00+03:00');
  });
});

describe('daysSince', () => {
  it('counts whole days and never goes negative', () => {
    const now = Date.parse('2026-11-20T10:00:00Z');
    expect(daysSince('2026-11-17T09:00:00Z', now)).toBe(3);
    expect(daysSince('2026-11-21T00:00:00Z', now)).toBe(0);
  });
});
