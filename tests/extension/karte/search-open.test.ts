import { describe, expect, it } from 'vitest';
import { karteSearchOpen } from '../../../extension/karte/search-open';
import type { ShownHit } from '../../../extension/search/protocol';

const SHOWN = '01900000-0000-7000-8000-000000000001';
const OTHER = '01900000-0000-7000-8000-000000000002';
const CONSULTATION = '01900000-0000-7000-8000-0000000000c1';

function aHit(fields: Partial<ShownHit> & Pick<ShownHit, 'kind' | 'id'>): ShownHit {
  return { businessId: null, field: 'name', snippet: '', highlights: [], score: 1, at: null, businessName: null, title: '', ...fields };
}

describe('choosing a search hit on the karte page', () => {
  it('opens another business at the top of its karte', () => {
    expect(karteSearchOpen(aHit({ kind: 'business', id: OTHER, businessId: OTHER }), SHOWN)).toEqual({ type: 'navigate', href: `karte.html?id=${OTHER}` });
  });

  it('opens another business’s consultation at its entry', () => {
    const hit = aHit({ kind: 'consultation', id: CONSULTATION, businessId: OTHER, field: 'inquiry' });
    expect(karteSearchOpen(hit, SHOWN)).toEqual({ type: 'navigate', href: `karte.html?id=${OTHER}#c-${CONSULTATION}` });
  });

  it('stays on the karte on screen for its own consultation or itself', () => {
    expect(karteSearchOpen(aHit({ kind: 'consultation', id: CONSULTATION, businessId: SHOWN }), SHOWN)).toEqual({ type: 'entry', consultationId: CONSULTATION });
    expect(karteSearchOpen(aHit({ kind: 'business', id: SHOWN, businessId: SHOWN }), SHOWN)).toEqual({ type: 'top' });
  });

  it('searches a tag’s consultations, and goes nowhere for a consultation of an unknown business', () => {
    expect(karteSearchOpen(aHit({ kind: 'tag', id: 'topic-finance' }), SHOWN)).toEqual({ type: 'tag', tagId: 'topic-finance' });
    expect(karteSearchOpen(aHit({ kind: 'consultation', id: CONSULTATION, businessId: null }), SHOWN)).toEqual({ type: 'none' });
  });
});
