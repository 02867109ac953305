/**
 * A 会員名簿 as import lines, generated so every run imports the same: `round` makes its 法人番号
 * and TOAS 会員番号 new (each round adds new businesses), `version` changes one field of every
 * line (a later year's list: the 従業員数).
 */
const INDUSTRIES = ['D', 'E', 'I', 'M', 'N', 'P', 'R'];
const CITIES = ['金沢市', '輪島市', '七尾市', '珠洲市', '能登町'];

/** 法人番号: the check digit of shared/corporate-number.ts, then the 12 digits. */
function corporateNumber(base12) {
  let sum = 0;
  for (let n = 1; n <= 12; n++) sum += Number(base12[12 - n]) * (n % 2 === 1 ? 1 : 2);
  return `${9 - (sum % 9)}${base12}`;
}

export function memberList(round, count, version) {
  return Array.from({ length: count }, (_, i) => {
    const n = round * 1_000_000 + i;
    // One in three is a sole proprietor with no 法人番号: matched by the TOAS number alone.
    const corporate = i % 3 !== 0;
    return {
      line: i + 2,
      fields: {
        name: `ベンチ商店${n}`,
        nameKana: `ベンチショウテン`,
        ...(corporate
          ? { corporateNumber: corporateNumber(String(100_000_000_000 + n).padStart(12, '0')), legalForm: 'corporation' }
          : { legalForm: 'sole_proprietor' }),
        industry: INDUSTRIES[i % INDUSTRIES.length],
        employees: (i % 20) + version,
        municipality: CITIES[i % CITIES.length],
        membership: i % 4 === 0 ? 'non_member' : 'member',
        smallBusiness: i % 5 !== 0,
        externalIds: [{ system: 'TOAS', value: `T-${n}` }],
      },
    };
  });
}
