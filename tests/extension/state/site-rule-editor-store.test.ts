import { describe, expect, it } from 'vitest';
import { createRecordsRepo } from '../../../extension/db/records-repo';
import { observeSiteRules } from '../../../extension/db/site-rule-queries';
import { createSiteRuleEditorStore } from '../../../extension/state/site-rule-editor-store';
import type { Viewer } from '../../../extension/org/viewer';
import { freshDb } from '../support/db';

const LOCAL_ONLY: Viewer = { signedIn: false, advisorId: null, role: null };
const ADVISOR: Viewer = { signedIn: true, advisorId: '0190a5a0-0000-7000-8000-000000000001', role: 'advisor' };
const MANAGER: Viewer = { ...ADVISOR, role: 'manager' };

/** The editor on a real repository (fake-indexeddb); site access is granted unless told. */
function setup(viewer: Viewer = LOCAL_ONLY, grant = true) {
  const db = freshDb();
  const repo = createRecordsRepo(db);
  const asked: string[][] = [];
  const store = createSiteRuleEditorStore({
    observe: (onChange) => observeSiteRules(db, onChange),
    create: (fields) => repo.create('siteRule', fields),
    update: (id, change) => repo.update('siteRule', id, change),
    remove: (id) => repo.remove('siteRule', id),
    viewer,
    requestAccess: async (origins) => (asked.push(origins), grant),
  });
  store.start();
  return { db, repo, store, asked };
}

const BIZMIL = {
  name: 'BIZミル 事業者ページ',
  system: 'BIZミル',
  urlPattern: 'https://bizmil.example.jp/companies/*',
  regex: '/companies/(BZ\\d+)',
};

describe('site rule editor', () => {
  it('shows the schema messages under each field and writes nothing when the rule is invalid', async () => {
    const { db, store } = setup();
    store.add();
    store.change({ name: '', system: 'BIZミル', urlPattern: 'ftp://bizmil.example.jp/*', regex: '/(a)/(b)' });
    expect(await store.save()).toBe(false);
    expect(store.errors.value).toEqual({
      name: expect.stringContaining('ルール名'),
      urlPattern: expect.stringContaining('URLパターンの形式が正しくありません'),
      regex: expect.stringContaining('1か所だけ囲んでください'),
    });
    expect(store.notice.value?.message.key).toBe('siteRules.invalid');
    expect(await db.siteRules.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    // Editing a field takes its message away; the others stay until fixed.
    store.change({ name: BIZMIL.name });
    expect(Object.keys(store.errors.value).sort()).toEqual(['regex', 'urlPattern']);
  });

  it('saves a valid rule as a synced record, lists it, and asks for access to its site', async () => {
    const { db, store, asked } = setup();
    store.add();
    store.change(BIZMIL);
    expect(await store.save()).toBe(true);
    expect(store.editing.value).toBeNull();
    await expect.poll(() => store.rules.value.map((r) => r.name)).toEqual([BIZMIL.name]);
    expect(store.rules.value[0]).toMatchObject({ system: 'BIZミル', extract: { from: 'url', regex: BIZMIL.regex }, enabled: true });
    expect((await db.outbox.toArray()).map((e) => e.kind)).toEqual(['siteRule']);
    expect(asked).toEqual([['https://bizmil.example.jp/*']]);
  });

  it('says so when the site access is refused, keeping the rule', async () => {
    const { store } = setup(LOCAL_ONLY, false);
    store.add();
    store.change(BIZMIL);
    expect(await store.save()).toBe(true);
    expect(store.notice.value?.message.key).toBe('siteRules.accessDenied');
    await expect.poll(() => store.rules.value.length).toBe(1);
  });

  it('edits, switches off and deletes a rule; a selector rule with no attribute reads the text', async () => {
    const { store } = setup();
    store.add();
    store.change({ ...BIZMIL, from: 'selector', selector: '#company', attribute: ' ', regex: '' });
    expect(await store.save()).toBe(true);
    await expect.poll(() => store.rules.value.length).toBe(1);
    const rule = store.rules.value[0]!;
    expect(rule.extract).toEqual({ from: 'selector', selector: '#company', attribute: null, regex: null });

    store.edit(rule);
    store.change({ name: 'TOAS 会員ページ' });
    await store.save();
    await expect.poll(() => store.rules.value[0]?.name).toBe('TOAS 会員ページ');
    await store.setEnabled(store.rules.value[0]!, false);
    await expect.poll(() => store.rules.value[0]?.enabled).toBe(false);
    await store.remove(store.rules.value[0]!);
    await expect.poll(() => store.rules.value.length).toBe(0);
  });

  it('tries a pasted URL against the rule being edited', () => {
    const { store } = setup();
    store.add();
    store.change(BIZMIL);
    const tryUrl = (url: string) => ((store.testUrl.value = url), store.test.value);
    expect(tryUrl('')).toEqual({ kind: 'empty' });
    expect(tryUrl('https://bizmil.example.jp/companies/BZ012345?tab=notes')).toEqual({ kind: 'id', value: 'BZ012345' });
    expect(tryUrl('https://bizmil.example.jp/search?q=1')).toEqual({ kind: 'noMatch' });
    expect(tryUrl('https://bizmil.example.jp/companies/new')).toEqual({ kind: 'noId' });
    expect(tryUrl('bizmil.example.jp/companies/1')).toEqual({ kind: 'notUrl' });
    store.change({ from: 'selector', selector: '#id' });
    expect(tryUrl('https://bizmil.example.jp/companies/BZ1')).toEqual({ kind: 'fromPage' });
    store.change({ urlPattern: '/(unclosed/' });
    expect(store.test.value).toEqual({ kind: 'badPattern' });
  });

  it('does not try a regex that could freeze the options page on a long URL, and refuses to save it', async () => {
    const { db, store } = setup();
    store.add();
    store.change({ ...BIZMIL, regex: 'companies/((?:\\d+-?)+)/detail' });
    store.testUrl.value = `https://bizmil.example.jp/companies/${'1'.repeat(40)}x/detail`;
    expect(store.test.value).toEqual({ kind: 'unsafe' });
    expect(await store.save()).toBe(false);
    expect(store.errors.value).toEqual({ regex: expect.stringContaining('処理が止まるおそれ') });
    expect(await db.siteRules.count()).toBe(0);
  });

  it('marks a rule stored before unsafe regexes were refused, which pages skip, and lets it be deleted', async () => {
    const { db, repo, store } = setup();
    const fields = {
      name: BIZMIL.name,
      system: BIZMIL.system,
      urlPattern: BIZMIL.urlPattern,
      enabled: true,
      extract: { from: 'url' as const, regex: BIZMIL.regex },
    };
    const safe = await repo.create('siteRule', fields);
    const old = await repo.create('siteRule', fields);
    // As an older version of the extension (or the server) let it in: the stored row, not a write.
    await db.siteRules.update(old.id, { extract: { from: 'url', regex: 'companies/((?:\\d+-?)+)/detail' } });
    await expect.poll(() => [...store.unsafe.value]).toEqual([old.id]);
    expect(store.unsafe.value.has(safe.id)).toBe(false);
    const stored = store.rules.value.find((r) => r.id === old.id)!;
    // It cannot be switched back and forth as it is (any rule that may run must pass), but it can be deleted.
    expect(await store.setEnabled(stored, false)).toBe(false);
    expect(store.notice.value?.message.key).toBe('siteRules.invalid');
    expect(await store.remove(stored)).toBe(true);
    await expect.poll(() => store.rules.value.map((r) => r.id)).toEqual([safe.id]);
  });

  it('is read-only for a signed-in advisor who is not a manager, and editable for a manager', async () => {
    const advisor = setup(ADVISOR);
    expect(advisor.store.canEdit.value).toBe(false);
    advisor.store.add();
    advisor.store.change(BIZMIL);
    expect(await advisor.store.save()).toBe(false);
    expect(await advisor.db.siteRules.count()).toBe(0);

    const manager = setup(MANAGER);
    expect(manager.store.canEdit.value).toBe(true);
    manager.store.setViewer({ ...MANAGER, role: null });
    expect(manager.store.canEdit.value).toBe(false);
  });
});
