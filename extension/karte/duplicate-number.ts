/** The least a business needs for the finder: who it is, its number, and whether it is still live. */
interface NumberedBusiness {
  id: string;
  name: string;
  corporateNumber: string | null;
  deleted: boolean;
}

/**
 * Other live businesses with this 法人番号: the same company registered twice, most likely.
 * A warning on the karte, never a refusal (a 法人番号 may be typed on the wrong business, and the
 * 事業者一覧's merge is how duplicates are put right). Merged-away businesses are deleted, so never listed.
 */
export function sameCorporateNumber<B extends NumberedBusiness>(candidates: readonly B[], number: string | null, selfId: string): B[] {
  if (!number) return [];
  return candidates
    .filter((b) => b.id !== selfId && !b.deleted && b.corporateNumber === number)
    .sort((a, b) => a.name.localeCompare(b.name, 'ja'));
}
