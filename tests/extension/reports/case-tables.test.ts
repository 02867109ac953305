import { describe, expect, it } from 'vitest';
import type { BansoCasesReport, DisasterReport, KarteQualityReport } from '../../../shared';
import { translator } from '../../../extension/locales';
import { bansoTables, disasterTables } from '../../../extension/reports/case-tables';
import { qualityTables } from '../../../extension/reports/quality-tables';
import { csvRows } from '../../../extension/reports/table-model';

const t = translator('ja');
const date = (d: string) => d.replace(/-/g, '/');
const meta = {
  period: { from: '2025-04-01', to: '2026-03-31', fiscalYear: 2025, month: null },
  scope: 'organisation' as const,
  filters: { advisorId: null, programme: null, municipality: null },
  asOf: '2026-03-31',
};
const sato = { id: 'a1', name: '佐藤 一郎', jobTitle: 'business_advisor' as const };

describe('report tables', () => {
  it('伴走支援案件一覧: names and dates, barriers now and overcome, withheld 機微 text, overdue actions listed', () => {
    const report: BansoCasesReport = {
      ...meta,
      overcomeWindow: 3,
      cases: [
        {
          businessId: 'b1',
          businessName: '山田商店',
          assignee: sato,
          since: '2025-05-01',
          step: { id: 'step-start', name: '伴走支援の開始' },
          essentialIssue: '',
          essentialIssueWithheld: true,
          barriers: [
            { id: 'wall-unseen', name: '見えない', firstSeen: '2025-04-01', lastSeen: '2025-04-01', overcome: true },
            { id: 'wall-avoid', name: '向き合わない', firstSeen: '2025-06-01', lastSeen: '2026-01-01', overcome: false },
          ],
          lastContact: '2026-01-01',
          lastConsultationId: 'c9',
          consultationsInPeriod: 4,
          overdueActions: [{ id: 'x', consultationId: 'c2', text: '', withheld: true, dueDate: '2025-12-01' }],
        },
      ],
    };
    const [steps, cases] = bansoTables(report, t, date);
    expect(csvRows(steps!)).toEqual([
      ['伴走ステップ', '件数'],
      ['伴走支援の開始', 1],
      ['合計', 1],
    ]);
    expect(csvRows(cases!)[1]).toEqual([
      '山田商店',
      '佐藤 一郎',
      '2025/05/01',
      '伴走支援の開始',
      '（機微情報のため記載しません）',
      '向き合わない',
      '見えない',
      '2026/01/01',
      4,
      1,
    ]);
    expect(cases!.rows[0]![0]!.href).toBe('karte.html?id=b1');
    expect(cases!.rows[0]![7]!.href).toBe('karte.html?id=b1#c-c9');
    expect(cases!.rows[0]![9]!.drill).toEqual({
      kind: 'list',
      items: [
        { businessId: 'b1', businessName: '山田商店', consultationId: 'c2', date: '2025-12-01', detail: '（機微情報のため記載しません）' },
      ],
    });
  });

  it('カルテ品質: per advisor, what is missing in words, each row linked to its consultation', () => {
    const report: KarteQualityReport = {
      ...meta,
      rowLimit: 2000,
      consultationsTotal: 1,
      byAdvisor: [{ advisor: sato, consultations: 5, noContent: 1, noActions: 1, noEssentialIssue: 0 }],
      consultations: [
        {
          consultationId: 'c1',
          businessId: 'b1',
          businessName: '山田商店',
          heldAt: '2025-06-30T15:30:00Z',
          author: sato,
          noInquiry: false,
          noAdvice: true,
          noActions: true,
        },
      ],
      businesses: [],
    };
    const [byAdvisor, rows] = qualityTables(report, t, date);
    expect(csvRows(byAdvisor!)).toEqual([
      ['支援者', '相談記録', '相談内容・助言なし', '次の行動なし', '本質的課題なし（事業者）'],
      ['佐藤 一郎', 5, 1, 1, 0],
    ]);
    // 30 June 15:30 UTC is 1 July in Japan.
    expect(csvRows(rows!)[1]).toEqual(['2025/07/01', '山田商店', '佐藤 一郎', '助言・支援内容、次の行動']);
    expect(rows!.rows[0]![1]!.href).toBe('karte.html?id=b1#c-c1');
  });

  it('被災事業者: a summary by 災害名 with recovery and 罹災証明 counts, then each disaster’s businesses', () => {
    const report: DisasterReport = {
      ...meta,
      disasters: [
        {
          name: '',
          businesses: 1,
          consultations: 2,
          byRecovery: [{ key: 'rebuilding', businesses: 1 }],
          byCertificate: [{ key: 'issued', businesses: 1 }],
          cases: [
            {
              businessId: 'b1',
              businessName: '山田商店',
              assignee: null,
              municipality: '輪島市',
              damage: '店舗が半壊',
              certificate: 'issued',
              certificateDate: '2024-02-01',
              recovery: 'rebuilding',
              recoveryNote: '仮設で営業',
              consultations: 2,
              lastContact: '2025-09-01',
              lastConsultationId: 'c3',
              tags: [{ id: 'event-disaster', name: '被災', count: 2 }],
            },
          ],
        },
      ],
    };
    const [summary, cases] = disasterTables(report, t, date);
    const [head, row] = csvRows(summary!);
    expect(head!.slice(0, 4)).toEqual(['災害名', '事業者数', '期間内の相談', '営業を継続']);
    expect(row!.slice(0, 3)).toEqual(['（災害名なし）', 1, 2]);
    expect(row![head!.indexOf('再建中')]).toBe(1);
    expect(row![head!.indexOf('罹災証明: 交付済み')]).toBe(1);
    expect(cases!.title).toBe('被災事業者: （災害名なし）');
    expect(csvRows(cases!)[1]).toEqual([
      '山田商店',
      '輪島市',
      '（担当なし）',
      '店舗が半壊',
      '交付済み',
      '2024/02/01',
      '再建中',
      '仮設で営業',
      2,
      '2025/09/01',
      '被災（2）',
    ]);
  });
});
