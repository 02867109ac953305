import { describe, expect, it } from 'vitest';
import { corporateNumberCheckDigit, isValidCorporateNumber } from '../../shared';

describe('法人番号', () => {
  it.each(['7000012050002', '5010401067252', '1180301018771', '2021001052596'])('accepts the real number %s', (n) => {
    expect(isValidCorporateNumber(n)).toBe(true);
  });

  it('refuses a number whose check digit is off by one', () => {
    expect(isValidCorporateNumber('8000012050002')).toBe(false);
  });

  it('refuses full-width digits, 12 or 14 digits and letters', () => {
    for (const bad of ['７０００１２０５０００２', '700001205000', '70000120500021', '700001205000a']) {
      expect(isValidCorporateNumber(bad)).toBe(false);
    }
  });

  it('computes the check digit from the 12-digit base', () => {
    expect(corporateNumberCheckDigit('000012050002')).toBe(7);
  });
});
