/**
 * A business name from a portal page's title, for registering the page's business: the part
 * before the first separator (「株式会社みなと製作所 | 事業者カルテ | BIZミル」 → 株式会社みなと製作所).
 */
export const nameFromTitle = (title: string): string => title.split(/\s+[|｜\-–—]\s+/)[0]!.trim();
