import { describe, expect, it } from 'vitest';
import { codeFromQr } from './code-from-qr.ts';

describe('codeFromQr', () => {
  it.each([
    ['the code as the staff page draws it', '7K3M9XQ2RT', '7K3M9XQ2RT'],
    ['the code with a dash and in lower case', '7k3m9-xq2rt', '7K3M9XQ2RT'],
    ['a link carrying the code', 'https://fmp.example.org/?code=7K3M9-XQ2RT', '7K3M9XQ2RT'],
  ])('reads %s', (_what, text, code) => {
    expect(codeFromQr(text)).toBe(code);
  });

  it.each([
    ['a web address without a code', 'https://example.org/menu'],
    ['a code that is too short', '7K3M9'],
    ['text that is not a code', 'Welcome to Mpondwe'],
  ])('ignores %s', (_what, text) => {
    expect(codeFromQr(text)).toBeNull();
  });
});
