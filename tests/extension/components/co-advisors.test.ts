import { h } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { DirectoryResponse } from '../../../shared';
import { QuickCapture } from '../../../extension/app/QuickCapture';
import { saveDirectory } from '../../../extension/db/directory-repo';
import { settings } from '../../../extension/platform/settings';
import { CaptureContext, I18nContext } from '../../../extension/state/contexts';
import { openCapture } from '../support/capture';
import { byLabel, click, press, renderInto, typeInto } from '../support/render';

beforeEach(() => fakeBrowser.reset());

const ME = '0191f3a2-0000-7000-8000-000000000001';
const HANAKO = '0191f3a2-0000-7000-8000-000000000002';
const JIRO = '0191f3a2-0000-7000-8000-000000000003';
const SABURO = '0191f3a2-0000-7000-8000-000000000004';

const directory = (hanakoActive: boolean): DirectoryResponse => ({
  organisation: {
    id: 'org',
    name: '輪島商工会',
    kind: 'society_of_commerce',
    prefecture: 'ishikawa',
    municipality: '輪島市',
    fiscalYearStartMonth: 4,
    bansoRule: null,
    startupAreas: null,
  },
  advisors: [
    { id: ME, name: '佐藤 一郎', jobTitle: 'business_advisor', role: 'advisor', active: true },
    { id: HANAKO, name: '山田 花子', jobTitle: 'support_officer', role: 'advisor', active: hanakoActive },
    { id: JIRO, name: '田中 次郎', jobTitle: null, role: 'advisor', active: false },
    { id: SABURO, name: '渡辺 三郎', jobTitle: 'expert', role: 'manager', active: true },
  ],
});

async function renderSignedIn() {
  await settings.advisor.setValue({ id: ME, name: '佐藤 一郎', role: 'advisor', organisationName: '輪島商工会' });
  await settings.apiToken.setValue('token');
  const capture = await openCapture('popup');
  await saveDirectory(capture.db, directory(true));
  const root = await renderInto(
    h(
      I18nContext.Provider,
      { value: capture.services.i18n },
      h(CaptureContext.Provider, { value: capture.stores }, h(QuickCapture, { onOpenPanel: null })),
    ),
  );
  const offered = () => [...root.querySelectorAll('[data-testid="co-advisors"] label')].map((l) => l.textContent);
  await expect.poll(offered).toEqual(['山田 花子', '渡辺 三郎']);
  return { ...capture, root, offered };
}

describe('同席 in the consultation editor', () => {
  it('offers enabled colleagues by name — not the advisor writing, not a disabled one — and saves the ones checked', async () => {
    const { root, repo, stores, db } = await renderSignedIn();
    expect(root.querySelector('[data-testid="co-advisors"] legend')?.textContent).toBe('同席した支援者');
    const business = await repo.create('business', { name: '輪島塗 山本漆器' });
    await act(() => stores.editor.current.value.update({ businessId: business.id }));
    await typeInto(byLabel(root, '相談内容'), '展示会の出展計画を一緒に確認。');
    await click(byLabel(root, '渡辺 三郎'));
    expect(stores.editor.current.value.fields.value.advisorIds).toEqual([SABURO]);
    // Kept in the draft like any field, so closing the popup loses nothing.
    await expect.poll(async () => (await db.drafts.get('popup'))?.value.advisorIds).toEqual([SABURO]);

    await press(byLabel(root, '相談内容'), 'Enter', { ctrlKey: true });
    await expect.poll(async () => (await db.consultations.toArray())[0]?.advisorIds).toEqual([SABURO]);
  });

  it('keeps a colleague chosen before and since disabled checked and named, so they can be taken off', async () => {
    const { root, repo, stores, db } = await renderSignedIn();
    const business = await repo.create('business', { name: '輪島塗 山本漆器' });
    const saved = await repo.create('consultation', {
      businessId: business.id,
      heldAt: '2026-04-20T01:00:00.000Z',
      channel: 'visit',
      inquiry: '巡回',
      advisorIds: [HANAKO],
    });
    await saveDirectory(db, directory(false));
    await act(() => stores.editor.startEdit(saved));
    const hanako = () => byLabel(root, '山田 花子（無効）');
    await expect.poll(() => hanako().checked).toBe(true);
    expect(root.querySelectorAll('[data-testid="co-advisors"] label')).toHaveLength(2);
    await click(hanako());
    expect(stores.editor.current.value.fields.value.advisorIds).toEqual([]);
  });
});
