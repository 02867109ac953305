import { describe, expect, it } from 'vitest';
import { actionDoneMessage } from '../../../extension/karte/action-done';

describe('the notice after an action is marked done', () => {
  it('names the action, unless its text is hidden from this advisor', () => {
    expect(actionDoneMessage({ text: '見積りを送る', redacted: false })).toEqual({
      key: 'kartePage.doneNotice',
      params: { text: '見積りを送る' },
    });
    expect(actionDoneMessage({ text: '', redacted: true })).toEqual({ key: 'kartePage.doneNoticeHidden' });
  });
});
