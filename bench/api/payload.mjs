/**
 * Consultation records for the benchmark: the fields an advisor fills in (shared/records.ts,
 * consultationFields) with ~600 characters of Japanese across the dialogue fields, varied per
 * record by a seeded generator so every run sends the same bytes.
 */
import { randomBytes } from 'node:crypto';

const INQUIRY = [
  '小規模事業者持続化補助金の申請を検討しており、経営計画書の書き方について相談したいとのこと。',
  '原材料価格の高騰が続き、今期の資金繰りが厳しくなってきたため、制度融資の利用を考えている。',
  '後継者である長男への事業承継を三年以内に進めたいが、何から手を付ければよいか分からない。',
  'インボイス制度への対応で取引先から登録番号の提示を求められ、免税事業者のままでよいか迷っている。',
  '新商品のネット販売を始めたいが、自社サイトとモール出店のどちらが向いているか判断できない。',
  '従業員の採用が思うように進まず、繁忙期の人手不足で受注を断る場面が増えている。',
];
const OWNER_WORDS = [
  '「うちの強みは職人の手仕事だと思っているが、それをどう伝えればいいのか分からない」',
  '「正直なところ、数字を見るのが怖くて決算書もきちんと読めていなかった」',
  '「息子には継いでほしいが、本人の気持ちをちゃんと聞いたことはない」',
  '「値上げをしたらお客さんが離れてしまうのではないかと、ずっと踏み切れずにいる」',
  '「忙しいのに利益が残らない。どこで漏れているのか自分でも見えていない」',
];
const ADVICE = [
  'ローカルベンチマークの財務指標を一緒に確認し、営業利益率と労働生産性が同業平均を下回っている点を共有した。',
  '補助金ありきではなく、まず三年後の将来像を言葉にすることを提案し、次回までに書き出してもらうことにした。',
  '原価計算の簡易シートを渡し、主力三商品の粗利を算出する手順を説明した。必要に応じて専門家派遣も案内する。',
  '取引先ごとの売上と粗利の推移を表にまとめ、価格転嫁の交渉材料として使えるよう整理する方針を確認した。',
  '事業承継診断票を用いて現状を整理し、後継者との対話の場を設けることを提案した。金融機関との同席も調整する。',
];
const INSIGHT = [
  '売上の大半を占める取引先への依存度の高さに、経営者自身が初めて気づいた様子だった。',
  '人手不足の根本には、業務の属人化と段取りの共有不足があることが見えてきた。',
  '値上げへの不安は、自社商品の価値を言葉にできていないことから来ていると腹落ちされた。',
  '承継の話を先送りしてきた理由が、自分の引退後の役割が見えないことにあると語られた。',
];
const TAGS = [
  // Default taxonomy ids (shared/taxonomy.ts), seeded in every organisation.
  ['topic-subsidy', 'step-understanding'],
  ['topic-finance', 'lbm-financial'],
  ['topic-succession', 'wall-avoid'],
  ['topic-sales', 'step-insight'],
  ['topic-hr', 'wall-cannot-act'],
  ['topic-turnaround', 'lbm-flow'],
];
const CHANNELS = ['counter', 'visit', 'phone', 'online'];

/** A small deterministic PRNG (mulberry32) so texts vary per record yet repeat across runs. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (rand, list) => list[Math.floor(rand() * list.length)];
/** Sentences from `pool` until the text reaches `chars` characters. */
const paragraph = (rand, pool, chars) => {
  let out = '';
  while (out.length < chars) out += pick(rand, pool);
  return out;
};

/** A UUIDv7 (time-ordered, as the extension generates them). */
export function uuidv7() {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(Date.now(), 0, 6);
  bytes[6] = (bytes[6] & 0x0f) | 0x70;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The fields of consultation number `n` of `businessId`, as a new record's first mutation carries them. */
export function consultationFields(n, businessId) {
  const rand = prng(n + 1);
  const heldAt = new Date(Date.UTC(2026, 3, 1, 0, 30) + n * 3_600_000).toISOString();
  return {
    businessId,
    heldAt,
    durationMin: 30 + Math.floor(rand() * 4) * 15,
    personMet: '代表取締役',
    channel: pick(rand, CHANNELS),
    programme: 'kaizen_fukyu',
    tagIds: pick(rand, TAGS),
    inquiry: paragraph(rand, INQUIRY, 150),
    ownerWords: paragraph(rand, OWNER_WORDS, 120),
    advice: paragraph(rand, ADVICE, 200),
    insight: paragraph(rand, INSIGHT, 100),
  };
}

/** The business every consultation of one round belongs to. */
export function businessFields(round) {
  return {
    name: `株式会社ベンチ製作所 第${round}回`,
    nameKana: 'カブシキガイシャベンチセイサクショ',
    municipality: '金沢市',
    status: 'consulting',
  };
}

/** Characters of Japanese note text in one record (the four dialogue fields). */
export function noteChars(fields) {
  return fields.inquiry.length + fields.ownerWords.length + fields.advice.length + fields.insight.length;
}
