/** 日本標準産業分類 大分類 (JSIC major groups): the codes a business's industry may take. */
export const INDUSTRY_CODES = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T'] as const;
export type IndustryCode = (typeof INDUSTRY_CODES)[number];

/**
 * Code → official name. The UI shows the names from its locale files; this list is the
 * reference they follow. (Kept apart from the codes so validating a record does not carry
 * the names: the extension's write path stays smaller.)
 */
export const INDUSTRY_DIVISIONS = {
  A: '農業，林業',
  B: '漁業',
  C: '鉱業，採石業，砂利採取業',
  D: '建設業',
  E: '製造業',
  F: '電気・ガス・熱供給・水道業',
  G: '情報通信業',
  H: '運輸業，郵便業',
  I: '卸売業，小売業',
  J: '金融業，保険業',
  K: '不動産業，物品賃貸業',
  L: '学術研究，専門・技術サービス業',
  M: '宿泊業，飲食サービス業',
  N: '生活関連サービス業，娯楽業',
  O: '教育，学習支援業',
  P: '医療，福祉',
  Q: '複合サービス事業',
  R: 'サービス業（他に分類されないもの）',
  S: '公務（他に分類されるものを除く）',
  T: '分類不能の産業',
} as const satisfies Record<IndustryCode, string>;
