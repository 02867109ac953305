import { int, pick, type Rand } from './random.ts';

/** Words that fill the `{…}` slots of the phrase banks. */
const WORDS: Record<string, readonly string[]> = {
  商品: [
    '主力商品',
    '贈答用の詰め合わせ',
    '自社ブランドの加工品',
    '受託加工品',
    '定番メニュー',
    '特注部品',
    '米粉パン',
    '金箔入りの菓子',
    '輪島塗の小物',
    '業務用の調味料',
    '地酒',
    '冷凍総菜',
    '住宅リフォーム',
    '介護用品',
    '加賀野菜のピクルス',
    '九谷焼の器',
  ],
  取引先: [
    '大手スーパー',
    '地元の百貨店',
    '元請けの建設会社',
    '県外の卸売業者',
    '観光ホテル',
    '主要取引先',
    '自動車部品メーカー',
    '道の駅',
    'ネット通販の顧客',
    '病院の給食部門',
    '地元の旅館組合',
    '商社',
  ],
  月: ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'],
  設備: [
    '包装機',
    'NC旋盤',
    '冷凍庫',
    '業務用オーブン',
    'POSレジ',
    '配送車両',
    '乾燥機',
    'レーザー加工機',
    '予約管理システム',
    '会計ソフト',
  ],
  機関: ['日本政策金融公庫', '地元の信用金庫', 'メインバンク', '県の信用保証協会', 'よろず支援拠点', '産業支援センター'],
  地域: ['金沢市内', '県内', '北陸三県', '首都圏', '関西', '台湾や香港', '能登地域'],
  金額: ['300万円', '500万円', '800万円', '1,000万円', '1,500万円', '2,000万円', '3,000万円'],
  専門家: ['中小企業診断士', '税理士', '社会保険労務士', 'ITコーディネータ', 'デザイナー', '弁護士'],
};

/** Full-width digits now and then: advisors type both, and search must find either. */
function digits(rand: Rand, n: number): string {
  const s = String(n);
  return rand() < 0.15 ? s.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) : s;
}

function fill(rand: Rand, slot: string): string {
  if (slot === '割合') return `${digits(rand, int(rand, 2, 8) * 5)}%`;
  if (slot === '人数') return `${digits(rand, int(rand, 1, 8))}人`;
  if (slot === '年数') return `${digits(rand, int(rand, 2, 40))}年`;
  const words = WORDS[slot];
  if (!words) throw new Error(`unknown slot {${slot}}`);
  return pick(rand, words);
}

/** Replaces every `{slot}` of `template`. */
export function fillSlots(rand: Rand, template: string): string {
  return template.replace(/\{([^}]+)\}/g, (_, slot: string) => fill(rand, slot));
}
