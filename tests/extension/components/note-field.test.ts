import { h, options, type VNode } from 'preact';
import { beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NoteField } from '../../../extension/components/NoteField';
import { TagPicker } from '../../../extension/components/TagPicker';
import { TextField } from '../../../extension/components/TextField';
import { QuickCapture } from '../../../extension/app/QuickCapture';
import { CaptureContext, I18nContext } from '../../../extension/state/contexts';
import { openCapture } from '../support/capture';
import { byLabel, renderInto, typeInto } from '../support/render';

beforeEach(() => fakeBrowser.reset());

/** Counts the components of each type Preact renders from now until the test ends. */
function countRenders(): Map<unknown, number> {
  const counts = new Map<unknown, number>();
  const previous = options.diffed;
  options.diffed = (vnode: VNode) => {
    counts.set(vnode.type, (counts.get(vnode.type) ?? 0) + 1);
    previous?.(vnode);
  };
  onTestFinished(() => {
    options.diffed = previous;
  });
  return counts;
}

describe('note field', () => {
  it('a keystroke in the note re-renders the note field, not the rest of the editor, and reaches the draft', async () => {
    const capture = await openCapture('popup');
    const root = await renderInto(
      h(
        I18nContext.Provider,
        { value: capture.services.i18n },
        h(CaptureContext.Provider, { value: capture.stores }, h(QuickCapture, { onOpenPanel: null })),
      ),
    );
    const note = byLabel(root, '相談内容');
    const renders = countRenders();

    await typeInto(note, '資金繰りの相談');

    expect(renders.get(NoteField)).toBe(1);
    expect(renders.get(TextField)).toBe(1); // the note's own
    expect(renders.get(TagPicker)).toBeUndefined();
    expect(note.value).toBe('資金繰りの相談');
    await capture.stores.editor.current.value.flush();
    expect((await capture.services.drafts.get('popup'))?.value.inquiry).toBe('資金繰りの相談');
  });

  it('shows the other fields as they change', async () => {
    const capture = await openCapture('popup');
    const root = await renderInto(
      h(
        I18nContext.Provider,
        { value: capture.services.i18n },
        h(CaptureContext.Provider, { value: capture.stores }, h(QuickCapture, { onOpenPanel: null })),
      ),
    );
    await typeInto(byLabel(root, '相談内容'), 'メモ');
    await typeInto(byLabel(root, '所要時間（分）'), '45');
    expect(byLabel(root, '所要時間（分）').value).toBe('45');
    expect(capture.stores.editor.current.value.fields.value).toMatchObject({ inquiry: 'メモ', durationMin: '45' });
  });
});
