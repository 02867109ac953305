import { paintFirst } from '../../app/first-paint';
import { languageHint } from '../../platform/language-hint';

// Chrome side panel / Firefox sidebar: wiring only. Its title and note field show before the
// store and the rest of the view are loaded; the full view takes over what was typed meanwhile.
const first = paintFirst('panel', languageHint.read() ?? 'ja');
void first.painted
  .then(() => import('./start'))
  .then((m) => m.startSidePanel(first))
  .catch((e: unknown) => console.error('the side panel did not start', e));
