/**
 * Whether only one page ever writes draft `key`, so its writes need not check for another's
 * (state/draft-store.ts `soleWriter`): the popup's, since one popup is open at a time (it closes
 * when another window takes the focus). The side panel's draft also takes context-menu quotes
 * from the background (background/context-menu.ts), and a karte can be open in two tabs.
 */
export const hasSoleWriter = (key: string): boolean => key === 'popup';
