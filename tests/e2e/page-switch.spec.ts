import { businessRow, seedRows, siteRuleRow } from './support/seed';
import { expect, PORTAL_ORIGIN, test } from './support/test';
import { ui, uniqueName } from './support/ui';

/**
 * The right business beside each page (issue 11): when the portal page beside the panel is
 * another business's (or nobody's yet) while a note is being written for one, the panel says
 * so and lets the advisor move the note or keep it — never a silent mismatch.
 */
test('moving to another business’s page asks before the note changes business, and an unlinked page is never recorded silently', async ({
  openExtensionPage,
  openPortalPage,
}) => {
  const seeder = await openExtensionPage('options.html');
  const kaga = businessRow({ name: uniqueName('加賀精機'), externalIds: [{ system: '県ポータル', value: 'BZ000301' }] });
  const hakusan = businessRow({ name: uniqueName('白山酒造'), externalIds: [{ system: '県ポータル', value: 'BZ000302' }] });
  await seedRows(seeder, 'businesses', [kaga, hakusan]);
  await seedRows(seeder, 'siteRules', [
    siteRuleRow({
      name: '県ポータル',
      system: '県ポータル',
      urlPattern: `${PORTAL_ORIGIN}/portal/company.html*`,
      extract: { from: 'url', regex: '[?&]id=(BZ\\d+)' },
    }),
  ]);
  await seeder.close();

  const portal = await openPortalPage('portal/company.html?id=BZ000301');
  const panel = await openExtensionPage('sidepanel.html');
  const p = ui(panel);
  await portal.bringToFront();
  await expect(p.selectedBusiness).toHaveText(kaga.name as string);
  await p.note.fill('加賀精機の設備投資の相談');

  // Another business's page: the note stays, and the panel asks.
  await portal.goto(`${PORTAL_ORIGIN}/portal/company.html?id=BZ000302`);
  const mismatch = panel.getByTestId('page-mismatch');
  await expect(mismatch).toContainText(p.t('link.mismatch', { page: hakusan.name as string, selected: kaga.name as string }));
  await expect(p.selectedBusiness).toHaveText(kaga.name as string);
  // Keeping the business leaves this page out of the note.
  await mismatch.getByRole('button', { name: p.t('link.keep', { name: kaga.name as string }) }).click();
  await expect(p.pageInfo).toContainText(p.t('link.pageSkipped'));
  await expect(mismatch).toHaveCount(0);

  // Or the note follows the page, which is recorded with it again.
  await portal.goto(`${PORTAL_ORIGIN}/portal/company.html?id=BZ000302&tab=2`);
  await panel.getByRole('button', { name: p.t('link.switchTo', { name: hakusan.name as string }) }).click();
  await expect(p.selectedBusiness).toHaveText(hakusan.name as string);
  await expect(p.note).toHaveValue('加賀精機の設備投資の相談');
  await expect(p.pageInfo).toContainText(`${PORTAL_ORIGIN}/portal/company.html?id=BZ000302&tab=2`);

  // A page nobody is linked to yet: said plainly, with the chosen business one click away.
  await portal.goto(`${PORTAL_ORIGIN}/portal/company.html?id=BZ000999`);
  await expect(panel.getByTestId('page-mismatch')).toContainText(p.t('link.mismatchUnlinked', { selected: hakusan.name as string }));
  await panel.getByRole('button', { name: p.t('link.linkToSelected', { name: hakusan.name as string }) }).click();
  await expect(panel.getByRole('region', { name: p.t('link.region') })).toContainText(
    p.t('link.opened', { system: '県ポータル', value: 'BZ000999', name: hakusan.name as string }),
  );
});
