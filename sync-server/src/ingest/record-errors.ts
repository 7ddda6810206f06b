import type { z } from 'zod';
import type { RecordError } from '../../../shared/push.ts';

/** Custom rules carry their stable code as the message; built-in zod checks get a kebab-case form of theirs. */
export function recordErrors(error: z.ZodError, pathPrefix: string): RecordError[] {
  return error.issues.map((issue) => {
    const path = [pathPrefix, ...issue.path.map(String)].filter(Boolean).join('.');
    const code = issue.code === 'custom' ? issue.message : issue.code.replaceAll('_', '-');
    return { code, path, message: issue.message };
  });
}
