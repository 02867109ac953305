/**
 * The default tag taxonomy (../shared/domain.md), seeded per organisation and used
 * locally before sign-in. Ids are fixed slugs so a note tagged offline keeps its
 * tags when the organisation's copy of the same defaults arrives by sync.
 */
interface DefaultGroup {
  id: string;
  name: string;
  tags: ReadonlyArray<readonly [id: string, name: string]>;
}

export const DEFAULT_TAXONOMY: readonly DefaultGroup[] = [
  {
    id: 'grp-topic',
    name: '相談分野',
    tags: [
      ['topic-general', '経営一般'],
      ['topic-finance', '金融'],
      ['topic-tax', '税務'],
      ['topic-bookkeeping', '経理・記帳'],
      ['topic-labour', '労務'],
      ['topic-trade', '取引'],
      ['topic-sales', '販路開拓'],
      ['topic-startup', '創業'],
      ['topic-innovation', '経営革新'],
      ['topic-succession', '事業承継'],
      ['topic-turnaround', '事業再生・経営改善'],
      ['topic-dx', 'DX・情報化'],
      ['topic-subsidy', '補助金'],
      ['topic-ip', '知財'],
      ['topic-bcp', 'BCP・防災'],
      ['topic-hr', '人材育成'],
      ['topic-closure', '廃業'],
    ],
  },
  {
    id: 'grp-step',
    name: '伴走ステップ',
    tags: [
      ['step-understanding', '双方の理解'],
      ['step-start', '伴走支援の開始'],
      ['step-insight', '気づき・腹落ち'],
      ['step-motivation', '内発的動機付け'],
      ['step-solving', '課題解決'],
      ['step-follow-up', 'フォローアップ'],
      ['step-self-running', '自走化'],
    ],
  },
  {
    id: 'grp-wall',
    name: '5つの壁',
    tags: [
      ['wall-unseen', '見えない'],
      ['wall-avoid', '向き合わない'],
      ['wall-cannot-act', '実行できない'],
      ['wall-not-follow', '付いてこない'],
      ['wall-lacking', '足りない'],
    ],
  },
  {
    id: 'grp-lbm',
    name: 'ロカベン視点',
    tags: [
      ['lbm-owner', '経営者'],
      ['lbm-business', '事業'],
      ['lbm-environment', '環境・関係者'],
      ['lbm-internal', '内部管理体制'],
      ['lbm-flow', '商流・業務フロー'],
      ['lbm-financial', '財務'],
    ],
  },
  {
    id: 'grp-plan',
    name: '発達支援計画区分',
    tags: [
      ['plan-analysis', '経営状況分析'],
      ['plan-business-plan', '事業計画策定'],
      ['plan-follow-up', '策定後フォローアップ'],
      ['plan-demand-survey', '需要動向調査'],
      ['plan-new-demand', '新たな需要開拓'],
    ],
  },
  {
    id: 'grp-measure',
    name: '施策',
    tags: [
      ['measure-jizokuka', '持続化補助金'],
      ['measure-saikouchiku', '事業再構築補助金'],
      ['measure-monodukuri', 'ものづくり補助金'],
      ['measure-marukei', 'マル経'],
      ['measure-seido-yushi', '制度融資'],
      ['measure-tokutei-sogyo', '特定創業支援'],
    ],
  },
  {
    id: 'grp-event',
    name: '特別事象',
    tags: [
      ['event-disaster', '被災'],
      ['event-prices', '物価高・価格転嫁'],
      ['event-labour-shortage', '人手不足'],
      ['event-invoice', 'インボイス'],
    ],
  },
  {
    id: 'grp-link',
    name: '連携',
    tags: [
      ['link-yorozu', 'よろず巡回'],
      ['link-satellite', 'サテライト'],
      ['link-referral', '他機関紹介'],
      ['link-bank', '金融機関同席'],
      ['link-expert', '専門家派遣'],
    ],
  },
];
