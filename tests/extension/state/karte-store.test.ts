import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createKarte } from '../../../extension/app/compose-panel';
import { saveConsultation } from '../../../extension/db/consultation-writes';
import { openCapture } from '../support/capture';

beforeEach(() => fakeBrowser.reset());

async function karteWithOneConsultation() {
  const capture = await openCapture('panel');
  const { repo } = capture;
  const business = await repo.create('business', { name: '山田商店', status: 'banso' });
  const first = await saveConsultation(repo, {
    id: null,
    fields: {
      businessId: business.id,
      heldAt: '2026-04-01T01:00:00.000Z',
      channel: 'visit',
      inquiry: '事業承継',
      essentialIssue: '後継者不在',
    },
    actions: [
      { side: 'advisor', text: '専門家派遣を手配', dueDate: null },
      { side: 'owner', text: '家族と話す', dueDate: '2026-04-20' },
    ],
  });
  const karte = createKarte(capture.services);
  karte.show(business.id);
  await expect.poll(() => karte.view.value?.consultations.length).toBe(1);
  return { ...capture, karte, business, first: first! };
}

describe('karte store', () => {
  it('shows the karte: status, 本質的課題, open actions by due date, latest consultations', async () => {
    const { karte, first } = await karteWithOneConsultation();
    const view = karte.view.value!;
    expect(view.business).toMatchObject({ status: 'banso', essentialIssue: '後継者不在' });
    expect(view.openActions.map((a) => a.text)).toEqual(['家族と話す', '専門家派遣を手配']);
    expect(view.consultations.map((c) => c.id)).toEqual([first.id]);
  });

  it('follows consultations saved elsewhere, newest first', async () => {
    const { karte, repo, business } = await karteWithOneConsultation();
    await repo.create('consultation', { businessId: business.id, heldAt: '2026-04-08T01:00:00.000Z', channel: 'phone', inquiry: '続報' });
    await expect.poll(() => karte.view.value?.consultations.map((c) => c.inquiry)).toEqual(['続報', '事業承継']);
  });

  it('deletes a consultation and brings it back with undo', async () => {
    const { karte, db, first } = await karteWithOneConsultation();

    await karte.remove(first);
    await expect.poll(() => karte.view.value?.consultations.length).toBe(0);
    expect(karte.undo.canUndo.value).toBe(true);
    expect(karte.undo.notice.value?.message.key).toBe('karte.deleted');

    await karte.undo.undo();
    await expect.poll(() => karte.view.value?.consultations.length).toBe(1);
    expect((await db.consultations.get(first.id))?.deleted).toBe(false);
    expect(karte.undo.canUndo.value).toBe(false);
    expect(karte.undo.notice.value?.message.key).toBe('karte.restored');
  });

  it('closes a next action when it is marked done, and brings it back with undo', async () => {
    const { karte, db } = await karteWithOneConsultation();
    const action = karte.view.value!.openActions[0]!;
    await karte.markActionDone(action);
    await expect.poll(() => karte.view.value?.openActions.length).toBe(1);
    expect((await db.actions.get(action.id))?.done).toBe(true);
    expect(karte.undo.notice.value?.message).toEqual({ key: 'kartePage.doneNotice', params: { text: '家族と話す' } });

    await karte.undo.undo();
    await expect.poll(() => karte.view.value?.openActions.length).toBe(2);
    expect(await db.actions.get(action.id)).toMatchObject({ done: false, doneAt: null });
  });
});
