import { corporateNumberCheckDigit } from '../../shared/corporate-number.ts';
import { int, pick, weighted, type Rand } from './random.ts';

/** Name cores with their reading (katakana), as in 法人番号公表サイトのフリガナ. */
const CORES: ReadonlyArray<readonly [string, string]> = [
  ['みなと', 'ミナト'],
  ['山田', 'ヤマダ'],
  ['北陸', 'ホクリク'],
  ['加賀', 'カガ'],
  ['能登', 'ノト'],
  ['白山', 'ハクサン'],
  ['金沢', 'カナザワ'],
  ['大和', 'ヤマト'],
  ['丸一', 'マルイチ'],
  ['中央', 'チュウオウ'],
  ['東洋', 'トウヨウ'],
  ['さくら', 'サクラ'],
  ['ひかり', 'ヒカリ'],
  ['青葉', 'アオバ'],
  ['松本', 'マツモト'],
  ['田中', 'タナカ'],
  ['佐藤', 'サトウ'],
  ['鈴木', 'スズキ'],
  ['高橋', 'タカハシ'],
  ['小林', 'コバヤシ'],
  ['吉田', 'ヨシダ'],
  ['山本', 'ヤマモト'],
  ['中村', 'ナカムラ'],
  ['森', 'モリ'],
  ['石川', 'イシカワ'],
  ['富士', 'フジ'],
  ['日本海', 'ニホンカイ'],
  ['明光', 'メイコウ'],
  ['三和', 'サンワ'],
  ['共栄', 'キョウエイ'],
  ['第一', 'ダイイチ'],
  ['新栄', 'シンエイ'],
  ['大洋', 'タイヨウ'],
  ['浅野', 'アサノ'],
  ['西村', 'ニシムラ'],
  ['竹内', 'タケウチ'],
  ['藤井', 'フジイ'],
  ['岡田', 'オカダ'],
  ['村上', 'ムラカミ'],
  ['橋本', 'ハシモト'],
  ['清水', 'シミズ'],
  ['前田', 'マエダ'],
  ['宮本', 'ミヤモト'],
  ['丸山', 'マルヤマ'],
  ['つばめ', 'ツバメ'],
  ['ことぶき', 'コトブキ'],
  ['かがやき', 'カガヤキ'],
  ['兼六', 'ケンロク'],
  ['犀川', 'サイガワ'],
  ['浅野川', 'アサノガワ'],
  ['片町', 'カタマチ'],
  ['七尾', 'ナナオ'],
  ['輪島', 'ワジマ'],
  ['小松', 'コマツ'],
  ['野々市', 'ノノイチ'],
  ['白峰', 'シラミネ'],
  ['珠洲', 'スズ'],
  ['羽咋', 'ハクイ'],
  ['ＡＢＣ', 'エービーシー'],
  ['エヌテック', 'エヌテック'],
];

/** Trade words by 日本標準産業分類 大分類, with their reading. */
const TRADES: Record<string, ReadonlyArray<readonly [string, string]>> = {
  E: [
    ['製作所', 'セイサクショ'],
    ['工業', 'コウギョウ'],
    ['精機', 'セイキ'],
    ['鉄工所', 'テッコウショ'],
    ['食品', 'ショクヒン'],
    ['繊維', 'センイ'],
    ['木工', 'モッコウ'],
    ['酒造', 'シュゾウ'],
    ['漆器', 'シッキ'],
  ],
  D: [
    ['建設', 'ケンセツ'],
    ['工務店', 'コウムテン'],
    ['組', 'グミ'],
    ['設備', 'セツビ'],
    ['塗装', 'トソウ'],
  ],
  I: [
    ['商店', 'ショウテン'],
    ['商事', 'ショウジ'],
    ['物産', 'ブッサン'],
    ['酒店', 'サケテン'],
    ['呉服店', 'ゴフクテン'],
    ['青果', 'セイカ'],
    ['薬局', 'ヤッキョク'],
  ],
  M: [
    ['食堂', 'ショクドウ'],
    ['旅館', 'リョカン'],
    ['寿司', 'スシ'],
    ['珈琲店', 'コーヒーテン'],
    ['菓子舗', 'カシホ'],
    ['ﾍﾞｰｶﾘｰ', 'ベーカリー'],
  ],
  N: [
    ['美容室', 'ビヨウシツ'],
    ['理容', 'リヨウ'],
    ['クリーニング', 'クリーニング'],
    ['写真館', 'シャシンカン'],
  ],
  H: [
    ['運輸', 'ウンユ'],
    ['運送', 'ウンソウ'],
    ['交通', 'コウツウ'],
  ],
  G: [
    ['システム', 'システム'],
    ['ソフト', 'ソフト'],
    ['デザイン', 'デザイン'],
  ],
  K: [
    ['不動産', 'フドウサン'],
    ['住宅', 'ジュウタク'],
  ],
  P: [
    ['介護サービス', 'カイゴサービス'],
    ['整骨院', 'セイコツイン'],
    ['ケアセンター', 'ケアセンター'],
  ],
  A: [
    ['農園', 'ノウエン'],
    ['ファーム', 'ファーム'],
  ],
  B: [
    ['水産', 'スイサン'],
    ['漁業', 'ギョギョウ'],
  ],
  L: [
    ['設計事務所', 'セッケイジムショ'],
    ['会計事務所', 'カイケイジムショ'],
  ],
  R: [
    ['サービス', 'サービス'],
    ['ビルメンテナンス', 'ビルメンテナンス'],
  ],
  O: [
    ['学習塾', 'ガクシュウジュク'],
    ['教室', 'キョウシツ'],
  ],
};

export const INDUSTRY_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ['E', 20],
  ['I', 20],
  ['M', 15],
  ['D', 12],
  ['N', 8],
  ['H', 4],
  ['G', 4],
  ['K', 3],
  ['P', 4],
  ['A', 3],
  ['B', 2],
  ['L', 2],
  ['R', 2],
  ['O', 1],
];

export const MUNICIPALITIES = [
  '金沢市',
  '七尾市',
  '小松市',
  '輪島市',
  '珠洲市',
  '加賀市',
  '羽咋市',
  'かほく市',
  '白山市',
  '能美市',
  '野々市市',
  '川北町',
  '津幡町',
  '内灘町',
  '志賀町',
  '宝達志水町',
  '中能登町',
  '穴水町',
  '能登町',
];

const FORMS = [
  ['株式会社', 'corporation', '01'],
  ['有限会社', 'corporation', '02'],
  ['合同会社', 'corporation', '05'],
  ['', 'sole_proprietor', ''],
  ['', 'pre_startup', ''],
] as const;
const FORM_WEIGHTS = [
  [0, 55],
  [1, 15],
  [2, 5],
  [3, 23],
  [4, 2],
] as const;
/** 登記所コード of the 会社法人等番号 (the first four of the twelve digits). */
const REGISTRY_OFFICES = ['2200', '2201', '2202', '2203', '2204'];

export interface GeneratedName {
  name: string;
  nameKana: string;
  legalForm: 'corporation' | 'sole_proprietor' | 'pre_startup';
  corporateNumber: string | null;
  industry: string;
}

/** A 法人番号 with a valid check digit (shared/corporate-number.ts), unique within `used`. */
function corporateNumber(rand: Rand, orgCode: string, used: Set<string>): string {
  for (;;) {
    const base = `${pick(rand, REGISTRY_OFFICES)}${orgCode}${String(int(rand, 0, 999_999)).padStart(6, '0')}`;
    const full = `${corporateNumberCheckDigit(base)}${base}`;
    if (!used.has(full)) {
      used.add(full);
      return full;
    }
  }
}

export function businessName(rand: Rand, used: Set<string>): GeneratedName {
  const industry = weighted(rand, INDUSTRY_WEIGHTS);
  const [core, coreKana] = pick(rand, CORES);
  const [trade, tradeKana] = pick(rand, TRADES[industry]!);
  const [prefix, legalForm, orgCode] = FORMS[weighted(rand, FORM_WEIGHTS)]!;
  const nameKana = `${coreKana}${tradeKana.normalize('NFKC')}`;
  if (legalForm === 'corporation') {
    const name = rand() < 0.7 ? `${prefix}${core}${trade}` : `${core}${trade}${prefix}`;
    return { name, nameKana, legalForm, corporateNumber: corporateNumber(rand, orgCode, used), industry };
  }
  if (legalForm === 'pre_startup') {
    return { name: `${core}${trade}（創業予定）`, nameKana, legalForm, corporateNumber: null, industry };
  }
  return { name: `${core}${trade}`, nameKana, legalForm, corporateNumber: null, industry };
}
