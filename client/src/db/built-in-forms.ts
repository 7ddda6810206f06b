import fmrV1 from '../../../shared/forms/frozen/fmr-v1.json' with { type: 'json' };
import fmsV1 from '../../../shared/forms/frozen/fms-v1.json' with { type: 'json' };
import screeningV1 from '../../../shared/forms/frozen/screening-v1.json' with { type: 'json' };
import type { FormDefinition } from '../../../shared/forms/types.ts';

/**
 * The versions the server seeds at its first start (migration 9), from the same frozen files: what a
 * tablet uses before its first `/config`, such as one updated offline with drafts open.
 */
export const BUILT_IN_FORMS: readonly FormDefinition[] = [fmrV1, fmsV1, screeningV1] as FormDefinition[];
