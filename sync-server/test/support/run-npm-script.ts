import { fileURLToPath } from 'node:url';
import { runChild, type ChildRun } from '../../src/ops/run-child.ts';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** `npm run <script> -- <args>` as an operator types it, from the repository root. */
export function runNpmScript(script: string, args: readonly string[], env: Record<string, string>): Promise<ChildRun> {
  return runChild('npm', ['run', '--silent', script, '--', ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
  });
}
