import { describe, expect, it } from 'vitest';
import { confirmingIme, enterKey, imeSubmitGuard } from '../../../extension/components/keys';

/** A keydown as Chrome reports it: the IME's confirming Enter has isComposing true and keyCode 229. */
const key = (init: KeyboardEventInit & { keyCode?: number }, type = 'keydown') => {
  const e = new KeyboardEvent(type, init);
  if (init.keyCode !== undefined) Object.defineProperty(e, 'keyCode', { value: init.keyCode });
  return e;
};
const submitAt = (timeStamp: number) => Object.defineProperty(new Event('submit'), 'timeStamp', { value: timeStamp });
const at = (e: KeyboardEvent, timeStamp: number) => Object.defineProperty(e, 'timeStamp', { value: timeStamp });

describe('keys', () => {
  it('takes no Enter of an IME conversion for the page: composing, or keyCode 229 once the composition ended (Safari)', () => {
    expect(confirmingIme(key({ key: 'Enter', isComposing: true, keyCode: 229 }))).toBe(true);
    expect(confirmingIme(key({ key: 'Enter', keyCode: 229 }))).toBe(true);
    expect(confirmingIme(key({ key: 'Process', keyCode: 229 }))).toBe(true); // Windows names the key so
    expect(enterKey(key({ key: 'Enter', isComposing: true, keyCode: 229 }))).toBeNull();
    expect(enterKey(key({ key: 'Enter', isComposing: true, ctrlKey: true, keyCode: 229 }))).toBeNull();
  });

  it('tells a plain Enter from Ctrl/⌘+Enter', () => {
    expect(enterKey(key({ key: 'Enter', keyCode: 13 }))).toBe('plain');
    expect(enterKey(key({ key: 'Enter', ctrlKey: true, keyCode: 13 }))).toBe('command');
    expect(enterKey(key({ key: 'Enter', metaKey: true, keyCode: 13 }))).toBe('command');
    expect(enterKey(key({ key: 'Tab', keyCode: 9 }))).toBeNull();
  });

  it('ignores a form submission set off by the IME’s Enter, not the next plain Enter or a click', () => {
    const guard = imeSubmitGuard();
    guard.keyDown(at(key({ key: 'Enter', isComposing: true, keyCode: 229 }), 100));
    expect(guard.fromIme(submitAt(101))).toBe(true);

    guard.keyDown(at(key({ key: 'Enter', isComposing: true, keyCode: 229 }), 200));
    guard.keyUp(key({ key: 'Enter', keyCode: 13 }, 'keyup'));
    expect(guard.fromIme(submitAt(300))).toBe(false); // a click on the button afterwards

    guard.keyDown(at(key({ key: 'Enter', isComposing: true, keyCode: 229 }), 400));
    guard.keyDown(at(key({ key: 'Enter', keyCode: 13 }), 500));
    expect(guard.fromIme(submitAt(501))).toBe(false);
  });
});
