import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditGroupOf, type AuditEntryView } from '../../../shared/audit';
import { actionLabel, detailOf, jstDateTime, personOf } from '../../../extension/audit/describe';
import { translator } from '../../../extension/locales';

const t = translator('ja');
const entry = (action: string, target: string | null, over: Partial<AuditEntryView> = {}): AuditEntryView => ({
  id: 'e1',
  at: '2026-03-31T15:00:00.000Z',
  action,
  advisorId: 'a1',
  advisorName: '山田',
  target,
  ...over,
});
const names = (id: string) => (id === 'a2' ? '佐藤' : null);

describe('how the audit page says an entry', () => {
  it('says the action in words, and one it does not know by its kind and code', () => {
    expect(actionLabel('export.organisation', t)).toBe('組織全体を書き出し');
    expect(actionLabel('sync.read_sensitive', t)).toBe('機微情報を含む記録を同期で受信');
    expect(actionLabel('import.businesses', t)).toBe('事業者リストを取り込み');
    expect(actionLabel('import.toas_members', t)).toBe('取り込み（import.toas_members）');
    expect(actionLabel('partner.sync', t)).toBe('すべて（partner.sync）');
  });

  it('says what the entry was about, by name and never by id', () => {
    expect(detailOf(entry('export.own', '{"scope":"own","sensitive":true}'), t, names)).toBe('自分の記録・機微情報の本文を含む');
    expect(detailOf(entry('sync.read_sensitive', '["r1","r2","r3"]'), t, names)).toBe('記録3件');
    expect(detailOf(entry('record.read_sensitive', 'r1'), t, names)).toBe('記録1件');
    expect(detailOf(entry('advisor.rename', 'a2'), t, names)).toBe('対象: 佐藤');
    expect(detailOf(entry('advisor.rename', 'a9'), t, names)).toBe('');
    expect(detailOf(entry('token.create', 'tok-1'), t, names)).toBe('');
    expect(detailOf(entry('import.businesses', '{"fileName":"会員名簿.csv","lines":120,"created":3}'), t, names)).toBe(
      '会員名簿.csv（120行）',
    );
    expect(detailOf(entry('import.businesses', '{"fileName":"a.csv","lines":2,"integrationKey":"基幹"}'), t, names)).toBe(
      'a.csv（2行）・連携キー「基幹」から',
    );
    expect(
      detailOf(
        entry('import.restore', '{"source":"o1","exportedAt":"2026-04-01T00:00:00.000Z","part":0,"records":2000,"last":false}'),
        t,
        names,
      ),
    ).toBe('記録2000件');
    expect(detailOf(entry('integration_key.create', '{"id":"k1","label":"基幹システム","scope":"read"}'), t, names)).toBe(
      '連携キー「基幹システム」',
    );
    expect(detailOf(entry('export.own', 'not json'), t, names)).toBe('');
  });

  it('gives the time in Japan and who acted', () => {
    expect(jstDateTime('2026-03-31T15:00:00.000Z')).toBe('2026-04-01 00:00:00');
    expect(personOf(entry('org.bootstrap', null, { advisorId: null, advisorName: null }), t)).toBe('（システム）');
    expect(personOf(entry('export.own', null, { advisorName: null }), t)).toBe('不明な支援者');
    expect(personOf(entry('share.read_by_partner', '{}', { advisorId: null, advisorName: null }), t)).toBe('（共有先の機関）');
  });
});

describe('every action the server audits', () => {
  // The actions are a type on the server (server/src/db/audit.ts): read them from its source, so a new one without words fails here.
  const source = readFileSync(path.resolve(import.meta.dirname, '../../../server/src/db/audit.ts'), 'utf8');
  const union = source.slice(source.indexOf('export type AuditAction'), source.indexOf('export interface AuditEntry'));
  const actions = [...union.matchAll(/\|\s*'([a-z_]+\.[a-z_]+)'/g)].map((m) => m[1]!);

  it('is read from the server’s list', () => {
    expect(actions).toEqual(expect.arrayContaining(['export.organisation', 'export.own', 'record.read_sensitive', 'org.bootstrap']));
  });

  it.each(['ja', 'en'] as const)('has words and a kind in %s', (language) => {
    const tr = translator(language);
    for (const action of actions) {
      expect(actionLabel(action, tr), action).not.toContain(action);
      expect(auditGroupOf(action), action).not.toBeNull();
    }
  });
});
