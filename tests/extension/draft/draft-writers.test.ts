import { describe, expect, it } from 'vitest';
import { PANEL_DRAFT } from '../../../extension/background/context-menu';
import { hasSoleWriter } from '../../../extension/draft/draft-writers';

describe('hasSoleWriter', () => {
  it('is true for the popup only: the background quotes into the side panel, and a karte may be open twice', () => {
    expect(hasSoleWriter('popup')).toBe(true);
    expect(hasSoleWriter(PANEL_DRAFT)).toBe(false);
    expect(hasSoleWriter('karte:0190a1b2-0000-7000-8000-000000000001')).toBe(false);
    expect(hasSoleWriter('edit:0190a1b2-0000-7000-8000-000000000002')).toBe(false);
  });
});
