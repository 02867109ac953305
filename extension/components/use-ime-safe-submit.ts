import { useMemo, useRef } from 'preact/hooks';
import { imeSubmitGuard } from './keys';

/**
 * The submit handlers of a form with text inputs: `submit` runs on a click of its button or a
 * plain Enter, never on the Enter that confirms an IME conversion. Spread them on the <form>.
 */
export function useImeSafeSubmit(submit: () => void) {
  const guard = useMemo(imeSubmitGuard, []);
  const latest = useRef(submit);
  latest.current = submit;
  return {
    onKeyDownCapture: guard.keyDown,
    onKeyUpCapture: guard.keyUp,
    onSubmit(e: Event): void {
      e.preventDefault();
      if (!guard.fromIme(e)) latest.current();
    },
  };
}
