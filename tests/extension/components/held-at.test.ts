import { h } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { QuickCapture } from '../../../extension/app/QuickCapture';
import { CaptureContext, I18nContext } from '../../../extension/state/contexts';
import { openCapture } from '../support/capture';
import { button, byLabel, click, renderInto, typeInto, unnamedControls } from '../support/render';

beforeEach(() => fakeBrowser.reset());

describe('相談日時 in the editor', () => {
  it('shows the time of the note as text, and opens the datetime input (focused) on 「日時を変更」', async () => {
    const { services, stores } = await openCapture('popup');
    const root = await renderInto(
      h(
        I18nContext.Provider,
        { value: services.i18n },
        h(CaptureContext.Provider, { value: stores }, h(QuickCapture, { onOpenPanel: null })),
      ),
    );
    const heldAt = stores.editor.current.value.fields.value.heldAt; // e.g. 2026-12-06T21:43
    expect(root.querySelector('[data-testid="held-at"]')?.textContent).toBe(heldAt.replace(/-/g, '/').replace('T', ' '));
    expect(root.querySelector('input[type="datetime-local"]')).toBeNull(); // no segments to Tab through

    await click(button(root, '日時を変更'));
    const input = byLabel(root, '相談日時');
    expect(input.type).toBe('datetime-local');
    expect(document.activeElement).toBe(input);
    expect(input.value).toBe(heldAt);
    await typeInto(input, '2026-04-01T10:30');
    expect(stores.editor.current.value.fields.value.heldAt).toBe('2026-04-01T10:30');
    expect(unnamedControls(root)).toEqual([]);
  });
});
