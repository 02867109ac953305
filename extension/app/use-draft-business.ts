import { useComputed } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import type { LocalBusiness } from '../db/schema';
import { useCapture } from '../state/contexts';

/**
 * Keeps the picker showing the business the current draft is about (restored, reset, edited),
 * and gives the view that business's id, the picker's `onPick` (the draft takes the business)
 * and `picks`, which counts the picks so the editor can move the cursor to the note after the
 * advisor chooses one. The id is read through a computed signal: the view re-renders when the
 * business changes, not on every keystroke in the note.
 */
export function useDraftBusiness(): { businessId: string | null; onPick: (business: LocalBusiness | null) => void; picks: number } {
  const { editor, picker } = useCapture();
  const businessId = useComputed(() => editor.current.value.fields.value.businessId).value;
  const [picks, setPicks] = useState(0);
  useEffect(() => {
    if (picker.selected.value?.id !== businessId) void picker.selectById(businessId);
  }, [businessId]);
  return {
    businessId,
    picks,
    onPick: (business) => {
      editor.current.value.update({ businessId: business?.id ?? null });
      if (business) setPicks((n) => n + 1);
    },
  };
}
