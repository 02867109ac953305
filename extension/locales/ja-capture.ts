/** Japanese strings of the capture views' everyday flow (issue 11), spread into ja.ts. en-capture.ts has the same keys. */
export const jaCapture = {
  'business.changeShort': '変更',
  'field.heldAtChange': '日時を変更',
} as const;
