import { fillSlots } from './slots.ts';
import { int, pick, sample, type Rand } from './random.ts';
import type { Theme } from './theme.ts';

/** Sentences any consultation may hold, whatever its theme. */
const CONTEXT = [
  '前回の巡回時に話題に上がった件で、改めて時間を取って話を伺った。',
  '{機関}の担当者からの紹介で来所された。',
  '創業{年数}目の節目で、これからの方向性を考えたいとのこと。',
  '従業員は{人数}で、家族経営に近い体制をとっている。',
  '決算を終えたばかりで、今期の見通しについても併せて話を聞いた。',
  '{月}の繁忙期を前に、準備状況を確認したいという相談。',
];
const FOLLOW = [
  '次回は{月}中旬に訪問し、進捗を一緒に確認することにした。',
  '経営者自身の言葉で課題を語ってもらうことを重視し、こちらからは答えを示さず問いかけを続けた。',
  'ローカルベンチマークの非財務の視点（経営者・事業・環境・内部管理体制）に沿って対話を整理した。',
  '必要に応じて{専門家}の派遣を活用できることを伝えた。',
  '関連する施策のパンフレットを渡し、次回までに目を通してもらうことにした。',
  '話の途中で何度も沈黙があったが、急がずに経営者の考えがまとまるのを待った。',
  '奥様も同席され、家計と事業の資金が混ざっている点についても話が及んだ。',
];

export interface DialogueTexts {
  inquiry: string;
  ownerWords: string;
  advice: string;
  insight: string;
  essentialIssue: string;
}

const total = (t: DialogueTexts) => t.inquiry.length + t.ownerWords.length + t.advice.length + t.insight.length + t.essentialIssue.length;

/** The five dialogue fields of one consultation on `theme`, 200–800 characters in all. */
export function dialogue(rand: Rand, theme: Theme): DialogueTexts {
  const target = int(rand, 200, 800);
  const say = (list: readonly string[], n: number) =>
    sample(rand, list, n)
      .map((s) => fillSlots(rand, s))
      .join('');
  const t: DialogueTexts = {
    inquiry: (rand() < 0.3 ? fillSlots(rand, pick(rand, CONTEXT)) : '') + say(theme.inquiry, int(rand, 1, 2)),
    ownerWords: say(theme.ownerWords, int(rand, 1, 2)),
    advice: say(theme.advice, int(rand, 1, 2)),
    insight: rand() < 0.7 ? say(theme.insight, 1) : '',
    essentialIssue: rand() < 0.35 ? say(theme.essentialIssue, 1) : '',
  };
  const extra = [...theme.advice, ...FOLLOW, ...theme.inquiry];
  for (let guard = 0; total(t) < target && guard < 20; guard++) {
    const sentence = fillSlots(rand, pick(rand, extra));
    if (t.inquiry.includes(sentence) || t.advice.includes(sentence)) continue;
    if (total(t) + sentence.length > 800) break;
    if (rand() < 0.6) t.advice += sentence;
    else t.inquiry += sentence;
  }
  return t;
}
