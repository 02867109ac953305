import { paintFirst } from '../../app/first-paint';
import { languageHint } from '../../platform/language-hint';

// Toolbar popup (also opened by Ctrl+Shift+K): wiring only. The note field shows, focused, before
// the store and the rest of the view are loaded; the full view takes over what was typed meanwhile.
const first = paintFirst('popup', languageHint.read() ?? 'ja');
void first.painted
  .then(() => import('./start'))
  .then((m) => m.startPopup(first))
  .catch((e: unknown) => console.error('the popup did not start', e));
