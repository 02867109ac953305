import { expect, test } from '@playwright/test';
import { jstDateOf, uuidv7 } from '../../shared';
import { createAdvisor, pushAs, type LocalApi } from './support/api-server';
import { expectAccessible } from './support/axe';
import { openPage, signInWithOptions, syncNow, useLocalApiProfiles } from './support/sync-profiles';
import { saveScreenshot } from './support/test';
import { ui } from './support/ui';

/**
 * 広域連携 with two organisations on one local API (wrangler dev + local D1): organisation A shares
 * a karte with B after recording the owner's consent; B's advisor reads it after a sync, links it
 * to B's own business and sees it on that karte, never the 機微 consultation; A withdraws, and the
 * next sync removes it from B's device.
 */
const local = useLocalApiProfiles();
let api: LocalApi;
test.beforeAll(() => {
  api = local.api();
});

test('A shares a karte with B on consent; B reads it beside its own karte, never 機微; A withdraws and it leaves B’s device', async () => {
  const partnerName = `能登よろず支援拠点-${uuidv7().slice(-6)}`;
  const partnerToken = await api.bootstrap(partnerName, 'よろず 管理者');
  const business = uuidv7();
  await pushAs(api, api.adminToken, [
    { kind: 'business', recordId: business, fields: { name: '能登ゆるり食堂' } },
    {
      kind: 'consultation',
      recordId: uuidv7(),
      fields: { businessId: business, heldAt: '2026-11-20T01:00:00.000Z', channel: 'visit', inquiry: '販路を広げたい（共有してよい相談）' },
    },
    {
      kind: 'consultation',
      recordId: uuidv7(),
      fields: {
        businessId: business,
        heldAt: '2026-11-21T01:00:00.000Z',
        channel: 'visit',
        inquiry: '借入の返済が苦しい（機微）',
        sensitive: true,
      },
    },
  ]);
  // B's advisor (not its admin) does B's part.
  const partnerAdvisor = await createAdvisor(api, '能登 相談員', partnerToken);
  const own = uuidv7();
  await pushAs(api, partnerAdvisor.token, [{ kind: 'business', recordId: own, fields: { name: 'ゆるり食堂（能登）' } }]);

  const [a, b] = await Promise.all([local.launch(), local.launch()]);
  await signInWithOptions(a, api.adminToken);
  await signInWithOptions(b, partnerAdvisor.token);
  await syncNow(a);

  // A: record the owner's consent and share.
  const karteA = await openPage(a, `karte.html?id=${business}`);
  const t = ui(karteA).t;
  const section = karteA.getByRole('region', { name: t('partners.heading') });
  await section.getByText(t('partners.shareTitle')).click();
  const form = section.getByRole('form', { name: t('partners.shareTitle') });
  await form.getByRole('searchbox', { name: t('partners.orgSearch') }).fill('能登よろず');
  await form.getByRole('button', { name: t('partners.search') }).click();
  await form.getByRole('combobox', { name: t('partners.org') }).selectOption({ label: partnerName });
  await form.getByRole('combobox', { name: t('partners.consentMethod') }).selectOption({ label: t('partners.method.written') });
  await form.getByRole('textbox', { name: t('partners.purpose') }).fill('販路開拓の共同支援');
  await form.getByRole('checkbox', { name: t('partners.scope.consultations') }).check();
  const until = jstDateOf(Date.now() + 30 * 86_400_000);
  await form.getByLabel(t('partners.expiresOn')).fill(until);
  await section.getByText(t('partners.referTitle')).click();
  await expectAccessible(karteA, 'the karte’s 他機関との連携 with both forms open and an organisation found');
  await form.getByRole('button', { name: t('partners.share') }).click();
  await expect(karteA.getByTestId('partners-notice')).toContainText(t('partners.shared', { org: partnerName }));
  await expect(section.getByRole('list', { name: t('partners.outgoing') })).toContainText(t('partners.state.active'));

  // B: after a sync the shared karte is on the device; B links it to its own business.
  await syncNow(b);
  const partnersB = await openPage(b, 'partners.html');
  const shared = partnersB.getByRole('article', { name: t('partners.sharedFrom', { org: 'テスト商工会', name: '能登ゆるり食堂' }) });
  await expect(shared).toContainText('販路を広げたい');
  await expect(partnersB.getByText('借入の返済')).toHaveCount(0);
  const karteB = await openPage(b, `karte.html?id=${own}`);
  const sectionB = karteB.getByRole('region', { name: t('partners.heading') });
  await sectionB
    .getByRole('combobox', { name: t('partners.linkLabel') })
    .selectOption({ label: t('partners.sharedFrom', { org: 'テスト商工会', name: '能登ゆるり食堂' }) });
  await sectionB.getByRole('button', { name: t('partners.link'), exact: true }).click();
  await expect(karteB.getByTestId('partners-notice')).toContainText(t('partners.linked'));
  await syncNow(b);
  await karteB.reload();
  await expect(
    karteB.getByRole('article', { name: t('partners.sharedFrom', { org: 'テスト商工会', name: '能登ゆるり食堂' }) }),
  ).toContainText('販路を広げたい');
  await expect(karteB.getByText('借入の返済')).toHaveCount(0);
  await saveScreenshot(partnersB, 'partners');

  // A withdraws; B's next sync removes the copy.
  await section.getByRole('button', { name: t('partners.withdrawLabel', { org: partnerName, name: '能登ゆるり食堂' }) }).click();
  await expect(karteA.getByTestId('partners-notice')).toContainText(t('partners.withdrawn', { org: partnerName }));
  await syncNow(b);
  await karteB.reload();
  await expect(karteB.getByRole('heading', { name: t('partners.heading') })).toBeVisible();
  await expect(karteB.getByText('販路を広げたい')).toHaveCount(0);
  await partnersB.reload();
  await expect(partnersB.getByText(t('partners.noneShared'))).toBeVisible();
});
