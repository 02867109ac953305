import { describe, expect, it } from 'vitest';
import { emptyDraft, type ConsultationDraft } from '../../../extension/draft/consultation-draft';
import { businessOpening } from '../../../extension/draft/open-business';

const note = (businessId: string | null, typed: Partial<ConsultationDraft> = {}) => ({ ...emptyDraft(new Date(0), businessId), ...typed });

describe('opening a business in the side panel', () => {
  it('never moves a saved note being edited', () => {
    expect(businessOpening(true, note(null), 'b-2', true)).toBe('keep');
  });

  it('leaves a note already about the business as it is', () => {
    expect(businessOpening(false, note('b-2', { inquiry: '資金繰り' }), 'b-2', false)).toBe('already');
  });

  it('moves a new note with nothing typed, or one without a business', () => {
    expect(businessOpening(false, note('b-1'), 'b-2', false)).toBe('move');
    expect(businessOpening(false, note(null, { advice: '補助金' }), 'b-2', false)).toBe('move');
  });

  it('moves a note typed for another business only when the advisor chose the business', () => {
    const typed = note('b-1', { ownerWords: '後継者がいない' });
    expect(businessOpening(false, typed, 'b-2', false)).toBe('keep');
    expect(businessOpening(false, typed, 'b-2', true)).toBe('move');
    expect(businessOpening(false, note('b-1', { inquiry: '   ' }), 'b-2', false)).toBe('move');
  });
});
