import { describe, expect, it } from 'vitest';
import type { DirectoryEntry } from '../../../shared';
import { advisorLabel, consultationByline, type AdvisorDirectory } from '../../../extension/components/advisor-label';
import { LOCAL_AUTHOR } from '../../../extension/karte/timeline-filter';
import { translator } from '../../../extension/locales';

const ME = '0191f3a2-0000-7000-8000-000000000001';
const HANAKO = '0191f3a2-0000-7000-8000-000000000002';
const JIRO = '0191f3a2-0000-7000-8000-000000000003';
const entry = (id: string, name: string, active = true): DirectoryEntry => ({ id, name, jobTitle: null, role: 'advisor', active });
const directory: AdvisorDirectory = new Map([
  [ME, entry(ME, '佐藤 一郎')],
  [HANAKO, entry(HANAKO, '山田 花子')],
  [JIRO, entry(JIRO, '田中 次郎', false)],
]);

describe.each(['ja', 'en'] as const)('advisor labels (%s)', (language) => {
  const t = translator(language);

  it('say 自分 for the signed-in advisor, a colleague’s name, a disabled colleague’s name marked, and never an id', () => {
    expect(advisorLabel(ME, ME, directory, t)).toBe(t('advisor.me'));
    expect(advisorLabel(HANAKO, ME, directory, t)).toBe('山田 花子');
    expect(advisorLabel(JIRO, ME, directory, t)).toBe(t('advisor.disabled', { name: '田中 次郎' }));
    const unknown = advisorLabel('0191f3a2-dead-7000-8000-0000000000ff', ME, directory, t);
    expect(unknown).toBe(t('advisor.unknown'));
    expect(unknown).not.toContain('0191f3a2');
    expect(advisorLabel(LOCAL_AUTHOR, null, directory, t)).toBe(t('advisor.thisDevice'));
  });

  it('give a list entry a byline only when someone else wrote it or someone was 同席', () => {
    expect(consultationByline({ authorId: ME, advisorIds: [] }, ME, directory, t)).toBeNull();
    expect(consultationByline({ authorId: null, advisorIds: [] }, ME, directory, t)).toBeNull();
    expect(consultationByline({ authorId: HANAKO, advisorIds: [] }, ME, directory, t)).toBe('山田 花子');
    expect(consultationByline({ authorId: ME, advisorIds: [HANAKO, JIRO] }, ME, directory, t)).toBe(
      t('timeline.coAdvisors', { names: ['山田 花子', t('advisor.disabled', { name: '田中 次郎' })].join(t('common.listSeparator')) }),
    );
  });
});

describe('advisor labels in Japanese', () => {
  it('read as the office writes them', () => {
    const t = translator('ja');
    expect(advisorLabel(JIRO, ME, directory, t)).toBe('田中 次郎（無効）');
    expect(advisorLabel('0191f3a2-dead-7000-8000-0000000000ff', ME, directory, t)).toBe('不明な支援者');
    expect(consultationByline({ authorId: HANAKO, advisorIds: [ME] }, ME, directory, t)).toBe('山田 花子 同席: 自分');
  });
});
