import type { jaCapture } from './ja-capture';

/** English strings of the capture views' everyday flow (issue 11); the same keys as ja-capture.ts. */
export const enCapture: Record<keyof typeof jaCapture, string> = {
  'business.changeShort': 'Change',
  'field.heldAtChange': 'Change time',
};
