/** Crockford base32: no I, L, O or U, so a code read aloud or typed on a tablet is not misread. */
export const ENROLLMENT_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const ENROLLMENT_CODE_LENGTH = 10;

/** Accepts what a person types: any case, spaces or dashes, and the look-alikes O, I and L. */
export function normalizeEnrollmentCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

export function formatEnrollmentCode(code: string): string {
  return code.match(/.{1,5}/g)?.join('-') ?? code;
}
