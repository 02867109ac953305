/** The baseline: every record's normalised text scanned with indexOf, newest matches first. */
export interface ScanDoc {
  id: string;
  at: number;
  sensitive: boolean;
  text: string;
}

export function substringScan(docs: readonly ScanDoc[], term: string, limit: number): ScanDoc[] {
  const found: ScanDoc[] = [];
  for (const d of docs) if (!d.sensitive && d.text.includes(term)) found.push(d);
  return found.sort((a, b) => b.at - a.at).slice(0, limit);
}
