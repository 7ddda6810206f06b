import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { freePort } from './free-port.ts';
import { REPO_ROOT, serverBundle, serverEnv, waitForHealth } from './server-process.ts';

export interface UnreapedServer {
  pid: number;
  url: string;
  /** SIGKILLs the server and waits until it is a zombie: dead, its pid still in the process table. */
  killToZombie: () => Promise<void>;
  /** Ends the parent too: init then reaps the zombie. */
  stop: () => Promise<void>;
}

/** `R`, `S`, `Z` (zombie)...: the state letter of a process in /proc, or null when the pid is gone. */
export function processState(pid: number): string | null {
  try {
    return /^\d+ \(.*\) (\S)/.exec(readFileSync(`/proc/${pid}/stat`, 'utf8'))?.[1] ?? null;
  } catch {
    return null;
  }
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * The real server started by a parent that never waits for its children (a shell that becomes `sleep`),
 * as a careless supervisor would: once killed, the server stays a zombie whose pid still "exists".
 */
export async function startUnreapedServer(dataDir: string): Promise<UnreapedServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const script = '"$@" & echo "server pid $!"; exec sleep 3600';
  const parent = spawn('sh', ['-c', script, 'sh', process.execPath, await serverBundle()], {
    cwd: REPO_ROOT,
    env: serverEnv(port, dataDir),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const append = (d: Buffer) => (log += d.toString());
  parent.stdout.on('data', append);
  parent.stderr.on('data', append);
  await waitForHealth(url, parent, () => log);
  const pid = Number(/server pid (\d+)/.exec(log)?.[1]);
  if (!pid) throw new Error(`no server pid in:\n${log}`);
  const parentGone = new Promise((r) => parent.once('exit', r));
  return {
    pid,
    url,
    killToZombie: async () => {
      process.kill(pid, 'SIGKILL');
      await until(() => processState(pid) === 'Z', `pid ${pid} to become a zombie`);
    },
    stop: async () => {
      if (parent.exitCode === null && parent.signalCode === null) parent.kill('SIGKILL');
      await parentGone;
    },
  };
}
