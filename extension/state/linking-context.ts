import { createContext } from 'preact';
import type { ReadonlySignal } from '@preact/signals';
import type { PageBusinessStore } from './page-business-store';

/**
 * The side panel's portal linking. It arrives after first paint (it loads the site-rule
 * schema code lazily), so the context holds a signal that is null until then.
 */
export const LinkingContext = createContext<ReadonlySignal<PageBusinessStore | null> | null>(null);
