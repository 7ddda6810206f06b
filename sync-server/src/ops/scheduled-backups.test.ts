import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Writable } from 'node:stream';
import { createLogger } from '../log.ts';
import { scheduleBackups } from './scheduled-backups.ts';

const WEEK_MS = 7 * 24 * 3600_000;
let lines: string[];
const log = () =>
  createLogger(
    { level: 'info', pretty: false },
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString().split('\n').filter(Boolean));
        done();
      },
    }),
  );

beforeEach(() => {
  lines = [];
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('scheduleBackups', () => {
  it('sets no timer and takes no backup in a week when FMP_BACKUP_EVERY_HOURS is 0', () => {
    scheduleBackups({ dir: '/nowhere', keep: 2, everyHours: 0 }, log());
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(WEEK_MS);
    expect(lines).toEqual([]);
  });

  it('sets one timer, which stopping clears', () => {
    const stop = scheduleBackups({ dir: '/nowhere', keep: 2, everyHours: 24 }, log());
    expect(vi.getTimerCount()).toBe(1);
    expect(lines.map((line) => (JSON.parse(line) as { msg: string }).msg)).toEqual(['scheduled backups']);
    stop();
    expect(vi.getTimerCount()).toBe(0);
  });
});
