import { describe, expect, it } from 'vitest';
import { editsSiteRules, readsAllSensitive, syncModeOf, viewerOf } from '../../../extension/org/viewer';

describe('who is using the extension', () => {
  it('is signed in with a token, not in local-only mode', () => {
    const advisor = { id: 'a-1', role: 'advisor' as const };
    expect(viewerOf({ localOnly: false, apiToken: 't', advisor })).toEqual({ signedIn: true, advisorId: 'a-1', role: 'advisor' });
    expect(viewerOf({ localOnly: true, apiToken: 't', advisor })).toEqual({ signedIn: false, advisorId: null, role: null });
    expect(viewerOf({ localOnly: false, apiToken: '  ', advisor })).toEqual({ signedIn: false, advisorId: null, role: null });
  });

  it('reads every 機微 note and edits site rules as a manager, or alone without an organisation', () => {
    const as = (role: 'advisor' | 'manager') => viewerOf({ localOnly: false, apiToken: 't', advisor: { id: 'a-1', role } });
    expect([readsAllSensitive(as('advisor')), editsSiteRules(as('advisor'))]).toEqual([false, false]);
    expect([readsAllSensitive(as('manager')), editsSiteRules(as('manager'))]).toEqual([true, true]);
    expect(editsSiteRules(viewerOf({ localOnly: true, apiToken: '', advisor: null }))).toBe(true);
  });

  it('syncs when signed in; says why not otherwise', () => {
    expect(syncModeOf({ localOnly: false, apiToken: 't' })).toBe('on');
    expect(syncModeOf({ localOnly: true, apiToken: 't' })).toBe('local_only');
    expect(syncModeOf({ localOnly: false, apiToken: ' ' })).toBe('not_signed_in');
  });
});
