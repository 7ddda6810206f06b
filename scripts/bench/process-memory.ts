import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

/** The server process started with this data directory (its environment says so), found in /proc. */
export function findServerPid(dataDir: string): number | null {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const environ = readFileSync(`/proc/${entry}/environ`, 'utf8');
      if (environ.split('\0').includes(`FMP_DATA_DIR=${dataDir}`)) return Number(entry);
    } catch {
      // gone, or not ours to read
    }
  }
  return null;
}

/** Starts the process's peak resident memory (VmHWM) again from what it uses now (Linux clear_refs 5). */
export function resetPeak(pid: number): void {
  writeFileSync(`/proc/${pid}/clear_refs`, '5');
}

/** Current and peak resident memory of a process, in MiB (Linux: VmRSS and VmHWM). */
export function residentMiB(pid: number): { current: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (name: string) => Number(status.match(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm'))?.[1] ?? NaN);
  return { current: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
}
