import { useEffect } from 'preact/hooks';
import { useCapture } from '../state/contexts';

/** Keeps the picker showing the business the current draft is about (restored, reset, edited). */
export function useDraftBusiness(): void {
  const { editor, picker } = useCapture();
  const businessId = editor.current.value.fields.value.businessId;
  useEffect(() => {
    if (picker.selected.value?.id !== businessId) void picker.selectById(businessId);
  }, [businessId]);
}
