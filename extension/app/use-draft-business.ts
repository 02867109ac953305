import { useEffect, useState } from 'preact/hooks';
import type { LocalBusiness } from '../db/schema';
import { useCapture } from '../state/contexts';

/**
 * Keeps the picker showing the business the current draft is about (restored, reset, edited),
 * and gives the picker's `onPick`: the draft takes the business, and `picks` counts the picks
 * so the editor can move the cursor to the note after the advisor chooses one.
 */
export function useDraftBusiness(): { onPick: (business: LocalBusiness | null) => void; picks: number } {
  const { editor, picker } = useCapture();
  const draft = editor.current.value;
  const businessId = draft.fields.value.businessId;
  const [picks, setPicks] = useState(0);
  useEffect(() => {
    if (picker.selected.value?.id !== businessId) void picker.selectById(businessId);
  }, [businessId]);
  return {
    picks,
    onPick: (business) => {
      draft.update({ businessId: business?.id ?? null });
      if (business) setPicks((n) => n + 1);
    },
  };
}
