import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { settings } from '../../../extension/platform/settings';
import { openCapture } from '../support/capture';

beforeEach(() => fakeBrowser.reset());

const PORTAL = 'https://bizmil.example.jp/cases/42?tab=notes&utm_source=mail#top';

describe('consultation editor', () => {
  it('refuses to save without a business, then an empty note, writing nothing', async () => {
    const { stores, db } = await openCapture('popup');
    const { editor } = stores;

    expect(await editor.save()).toBe(false);
    expect(editor.notice.value?.message.key).toBe('editor.noBusiness');

    const business = await stores.picker.createNamed('山田商店');
    editor.current.value.update({ businessId: business!.id, inquiry: '  \n ' });
    expect(await editor.save()).toBe(false);
    expect(editor.notice.value).toEqual({ tone: 'error', message: { key: 'editor.emptyNote' } });
    expect(await db.consultations.count()).toBe(0);
  });

  it('saves the note with the page beside it, its next actions, and clears the popup draft', async () => {
    const { stores, db } = await openCapture('popup', PORTAL);
    const { editor } = stores;
    const business = await stores.picker.createNamed('山田商店');
    editor.current.value.update({
      businessId: business!.id,
      inquiry: '資金繰りの相談',
      channel: 'phone',
      tagIds: ['topic-finance'],
      durationMin: '30',
      actions: [
        { side: 'owner', text: '試算表を用意', dueDate: '2026-04-10' },
        { side: 'advisor', text: '', dueDate: '' },
      ],
    });

    expect(await editor.save()).toBe(true);

    const [saved] = await db.consultations.toArray();
    expect(saved).toMatchObject({
      businessId: business!.id,
      inquiry: '資金繰りの相談',
      channel: 'phone',
      durationMin: 30,
      tagIds: ['topic-finance'],
      sourceUrl: 'https://bizmil.example.jp/cases/42?tab=notes',
    });
    expect(await db.actions.count()).toBe(1);
    expect(editor.lastSaved.value).toMatchObject({ businessName: '山田商店', consultation: { id: saved!.id } });
    expect(editor.notice.value?.message.key).toBe('editor.saved');
    expect(await db.drafts.get('popup')).toBeUndefined();
    expect(editor.current.value.fields.value).toMatchObject({ businessId: null, inquiry: '', actions: [] });
  });

  it('keeps the side panel on the same business after a save', async () => {
    const { stores, db } = await openCapture('panel');
    const business = await stores.picker.createNamed('山田商店');
    stores.editor.current.value.update({ businessId: business!.id, ownerWords: '店を残したい' });
    await stores.editor.save();
    expect((await db.drafts.get('panel'))?.value).toMatchObject({ businessId: business!.id, ownerWords: '' });
  });

  it('records no page for a site excluded in the options', async () => {
    await settings.siteAccess.setValue({ allow: [], deny: ['example.jp'] });
    const { stores, db } = await openCapture('popup', PORTAL);
    expect(stores.page.state.value.kind).toBe('excluded');
    const business = await stores.picker.createNamed('山田商店');
    stores.editor.current.value.update({ businessId: business!.id, inquiry: '相談' });
    await stores.editor.save();
    expect((await db.consultations.toArray())[0]).toMatchObject({ sourceUrl: null, sourceTitle: '' });
  });

  it('records a 講習会’s 参加者数 (full-width digits too); a note of another 相談方法 keeps none, and a bad number is refused with the reason', async () => {
    const { stores, db } = await openCapture('popup');
    const business = await stores.picker.createNamed('山田商店');
    stores.editor.current.value.update({
      businessId: business!.id,
      inquiry: '販路開拓セミナー',
      channel: 'seminar_group',
      participants: '１８',
    });
    expect(await stores.editor.save()).toBe(true);
    stores.editor.current.value.update({ businessId: business!.id, inquiry: '窓口相談', channel: 'counter', participants: '5' });
    expect(await stores.editor.save()).toBe(true);
    const saved = (await db.consultations.toArray()).sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(saved.map((c) => [c.channel, c.participants])).toEqual([
      ['seminar_group', 18],
      ['counter', null],
    ]);
    stores.editor.current.value.update({ businessId: business!.id, inquiry: '講習会', channel: 'seminar_group', participants: '2.5' });
    expect(await stores.editor.save()).toBe(false);
    expect(String(stores.editor.notice.value?.message.params?.message)).toContain('参加者数は整数');
  });

  it('shows the schema’s message when the repository refuses, keeping what was typed', async () => {
    const { stores, db } = await openCapture('popup');
    const business = await stores.picker.createNamed('山田商店');
    stores.editor.current.value.update({ businessId: business!.id, inquiry: '相談', durationMin: '2000' });

    expect(await stores.editor.save()).toBe(false);
    expect(stores.editor.notice.value?.message).toMatchObject({ key: 'editor.invalid' });
    expect(String(stores.editor.notice.value?.message.params?.message)).toContain('1440分');
    expect(await db.consultations.count()).toBe(0);
    expect(stores.editor.current.value.fields.value.inquiry).toBe('相談');
  });

  it('edits a saved consultation: only the changed field is queued and the page link is kept', async () => {
    const { stores, db } = await openCapture('panel', PORTAL);
    const { editor } = stores;
    const business = await stores.picker.createNamed('山田商店');
    editor.current.value.update({ businessId: business!.id, inquiry: '資金繰り' });
    await editor.save();
    const saved = (await db.consultations.toArray())[0]!;

    await editor.startEdit(saved);
    expect(editor.current.value.fields.value.inquiry).toBe('資金繰り');
    editor.current.value.update({ inquiry: '資金繰り（日本政策金融公庫に同行予定）' });
    expect(await editor.save()).toBe(true);

    expect((await db.outbox.orderBy('id').last())?.fields).toEqual({ inquiry: '資金繰り（日本政策金融公庫に同行予定）' });
    expect((await db.consultations.get(saved.id))?.sourceUrl).toBe(saved.sourceUrl);
    expect(editor.editing.value).toBeNull();
    expect(editor.notice.value?.message.key).toBe('editor.updated');
    expect(await db.drafts.get(`edit:${saved.id}`)).toBeUndefined();
  });

  it('starts the next note with the 相談方法 and 事業区分 just used, also after the popup is opened again', async () => {
    const first = await openCapture('popup');
    const business = await first.stores.picker.createNamed('山田商店');
    first.stores.editor.current.value.update({
      businessId: business!.id,
      inquiry: '巡回で確認',
      channel: 'visit',
      programme: 'kaizen_fukyu',
    });
    await first.stores.editor.save();
    expect(first.stores.editor.current.value.fields.value).toMatchObject({ channel: 'visit', programme: 'kaizen_fukyu', inquiry: '' });

    const reopened = await openCapture('popup'); // another page on this device (settings are the browser's)
    expect(reopened.stores.editor.current.value.fields.value).toMatchObject({ channel: 'visit', programme: 'kaizen_fukyu' });
  });

  it('takes 「保存しました」 away when that record is deleted, and follows its edits', async () => {
    const { stores, repo } = await openCapture('panel');
    const { editor } = stores;
    const business = await stores.picker.createNamed('山田商店');
    editor.current.value.update({ businessId: business!.id, inquiry: '初回' });
    await editor.save();
    const id = editor.lastSaved.value!.consultation.id;

    await repo.update('consultation', id, { inquiry: '初回（訂正）' }); // e.g. on the karte page
    await expect.poll(() => editor.lastSaved.value?.consultation.inquiry).toBe('初回（訂正）');

    await repo.remove('consultation', id);
    await expect.poll(() => editor.lastSaved.value).toBeNull();
    expect(editor.notice.value).toBeNull();
  });

  it('takes 「保存しました」 away when the editor moves to another business', async () => {
    const { stores } = await openCapture('panel');
    const { editor } = stores;
    const [a, b] = [await stores.picker.createNamed('山田商店'), await stores.picker.createNamed('海野水産')];
    editor.current.value.update({ businessId: a!.id, inquiry: '山田商店の相談' });
    await editor.save();
    expect(editor.lastSaved.value?.businessName).toBe('山田商店');

    editor.current.value.update({ inquiry: '続けて書く' }); // still the same business: it stays
    expect(editor.lastSaved.value).not.toBeNull();
    editor.current.value.update({ businessId: b!.id });
    expect(editor.lastSaved.value).toBeNull();
    expect(editor.notice.value).toBeNull();
  });
});
