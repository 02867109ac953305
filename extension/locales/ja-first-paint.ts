/**
 * Japanese strings of the popup's and side panel's first paint (app/first-paint.tsx): the only
 * catalogue those pages load before they show, spread into ja.ts. en-first-paint.ts has the same keys.
 */
export const jaFirstPaint = {
  'app.name': '伴走カルテ',
  'capture.title': 'クイック記録',
  'panel.title': '伴走カルテ',
  'field.inquiry': '相談内容',
  'field.inquiryPlaceholder': '相談の内容をメモ（Ctrl+Enter で保存）',
} as const;

export type FirstPaintKey = keyof typeof jaFirstPaint;
