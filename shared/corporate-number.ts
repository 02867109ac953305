/**
 * 法人番号 (13 digits). The first digit is a check digit over the other 12:
 * check = 9 - (Σ Pn × Qn mod 9), Pn = n-th digit counted from the right of the 12,
 * Qn = 1 for odd n, 2 for even n (国税庁「法人番号の指定」).
 */
export function corporateNumberCheckDigit(base12: string): number {
  let sum = 0;
  for (let n = 1; n <= 12; n++) {
    const digit = Number(base12[12 - n]);
    sum += digit * (n % 2 === 1 ? 1 : 2);
  }
  return 9 - (sum % 9);
}

/** True when `value` is 13 ASCII digits whose check digit matches. */
export function isValidCorporateNumber(value: string): boolean {
  if (!/^\d{13}$/.test(value)) return false;
  return Number(value[0]) === corporateNumberCheckDigit(value.slice(1));
}
