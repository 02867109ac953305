import { createTaxonomy, openServices } from '../../app/compose';
import { createOptions } from '../../app/compose-options';
import { mount } from '../../app/mount';
import { Options } from '../../app/Options';
import { OptionsContext } from '../../state/contexts';

// Options page: wiring only.
async function main() {
  const services = await openServices();
  const options = createOptions();
  const taxonomy = createTaxonomy(services.db);
  taxonomy.start();
  await options.load();
  mount(
    services.i18n,
    <OptionsContext.Provider value={options}>
      <Options taxonomy={taxonomy} />
    </OptionsContext.Provider>,
    'options.title',
  );
}

void main();
