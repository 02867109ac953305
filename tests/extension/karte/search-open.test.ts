import { describe, expect, it } from 'vitest';
import { karteSearchOpen } from '../../../extension/karte/search-open';
import type { ShownHit } from '../../../extension/search/protocol';

const SHOWN = '01900000-0000-7000-8000-000000000001';
const OTHER = '01900000-0000-7000-8000-000000000002';
const CONSULTATION = '01900000-0000-7000-8000-0000000000c1';
const ACTION = '01900000-0000-7000-8000-0000000000a1';

function aHit(fields: Partial<ShownHit> & Pick<ShownHit, 'kind' | 'id'>): ShownHit {
  return {
    businessId: null,
    consultationId: null,
    field: 'name',
    snippet: '',
    highlights: [],
    score: 1,
    at: null,
    businessName: null,
    title: '',
    ...fields,
  };
}

describe('choosing a search hit on the karte page', () => {
  it('opens another business at the top of its karte', () => {
    expect(karteSearchOpen(aHit({ kind: 'business', id: OTHER, businessId: OTHER }), SHOWN)).toEqual({
      type: 'navigate',
      href: `karte.html?id=${OTHER}`,
    });
  });

  it('opens another business’s consultation at its entry', () => {
    const hit = aHit({ kind: 'consultation', id: CONSULTATION, businessId: OTHER, field: 'inquiry' });
    expect(karteSearchOpen(hit, SHOWN)).toEqual({ type: 'navigate', href: `karte.html?id=${OTHER}#c-${CONSULTATION}` });
  });

  it('stays on the karte on screen for its own consultation or itself', () => {
    expect(karteSearchOpen(aHit({ kind: 'consultation', id: CONSULTATION, businessId: SHOWN }), SHOWN)).toEqual({
      type: 'entry',
      consultationId: CONSULTATION,
    });
    expect(karteSearchOpen(aHit({ kind: 'business', id: SHOWN, businessId: SHOWN }), SHOWN)).toEqual({ type: 'top' });
  });

  it('opens a next action’s karte at the consultation it was agreed in, or at the top when it has none', () => {
    const agreed = aHit({ kind: 'action', id: ACTION, businessId: OTHER, consultationId: CONSULTATION, field: 'actionText' });
    expect(karteSearchOpen(agreed, SHOWN)).toEqual({ type: 'navigate', href: `karte.html?id=${OTHER}#c-${CONSULTATION}` });
    expect(karteSearchOpen({ ...agreed, businessId: SHOWN }, SHOWN)).toEqual({ type: 'entry', consultationId: CONSULTATION });
    const onKarte = aHit({ kind: 'action', id: ACTION, businessId: OTHER, consultationId: null, field: 'actionText' });
    expect(karteSearchOpen(onKarte, SHOWN)).toEqual({ type: 'navigate', href: `karte.html?id=${OTHER}` });
    expect(karteSearchOpen({ ...onKarte, businessId: SHOWN }, SHOWN)).toEqual({ type: 'top' });
    expect(karteSearchOpen({ ...onKarte, businessId: null }, SHOWN)).toEqual({ type: 'none' });
  });

  it('searches a tag’s consultations, and goes nowhere for a consultation of an unknown business', () => {
    expect(karteSearchOpen(aHit({ kind: 'tag', id: 'topic-finance' }), SHOWN)).toEqual({ type: 'tag', tagId: 'topic-finance' });
    expect(karteSearchOpen(aHit({ kind: 'consultation', id: CONSULTATION, businessId: null }), SHOWN)).toEqual({ type: 'none' });
  });
});
