import { signal } from '@preact/signals';
import { openServices } from '../../app/compose';
import { createTaxonomy } from '../../app/compose-capture';
import { createOptions } from '../../app/compose-options';
import { mount } from '../../app/mount';
import { Options } from '../../app/Options';
import { OptionsContext } from '../../state/contexts';
import type { SiteRuleEditorStore } from '../../state/site-rule-editor-store';

// Options page: wiring only.
async function main() {
  const services = await openServices();
  const options = createOptions();
  const taxonomy = createTaxonomy(services.db);
  taxonomy.start();
  await options.load();
  const siteRules = signal<SiteRuleEditorStore | null>(null);
  void import('../../app/compose-site-rules').then(async (m) => (siteRules.value = await m.createSiteRuleEditor(services)));
  mount(
    services.i18n,
    <OptionsContext.Provider value={options}>
      <Options taxonomy={taxonomy} siteRules={siteRules} />
    </OptionsContext.Provider>,
    'options.title',
  );
}

void main();
