import type { FirstPaintKey } from './ja-first-paint';

/** English strings of the first paint (app/first-paint.tsx); the same keys as ja-first-paint.ts. */
export const enFirstPaint: Record<FirstPaintKey, string> = {
  'app.name': 'Banso Karte',
  'capture.title': 'Quick capture',
  'panel.title': 'Banso Karte',
  'field.inquiry': 'Consultation note',
  'field.inquiryPlaceholder': 'What was discussed (Ctrl+Enter saves)',
};
