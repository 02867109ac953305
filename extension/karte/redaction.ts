/**
 * Text the server emptied because it came from a 機微 consultation this advisor may not read
 * (docs/api.md "Records"): the record comes marked `redacted` with the field empty. Shown as
 * `hidden` (a locale string) rather than as nothing, so nobody mistakes it for a blank.
 */
export function visibleText(record: { redacted: boolean }, text: string, hidden: string): string {
  return record.redacted && text === '' ? hidden : text;
}
