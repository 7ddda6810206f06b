import {
  ENROLLMENT_CODE_ALPHABET,
  ENROLLMENT_CODE_LENGTH,
  normalizeEnrollmentCode,
} from '../../../shared/enrollment-code.ts';

const CODE = new RegExp(`^[${ENROLLMENT_CODE_ALPHABET}]{${ENROLLMENT_CODE_LENGTH}}$`);

/**
 * The enrollment code a scanned QR code holds: the code itself (as the staff page draws it), or a
 * link carrying it as `?code=`. Anything else, such as a QR code on a poster nearby, is not a code.
 */
export function codeFromQr(text: string): string | null {
  let candidate = text.trim();
  if (/^https?:\/\//i.test(candidate)) {
    try {
      candidate = new URL(candidate).searchParams.get('code') ?? '';
    } catch {
      return null;
    }
  }
  const code = normalizeEnrollmentCode(candidate);
  return CODE.test(code) ? code : null;
}
