/** The browser did not let the extension read a portal page (no host access to its site). */
export class PageAccessError extends Error {
  constructor(detail: string) {
    super(`このページを読む許可がありません（${detail}）`);
    this.name = 'PageAccessError';
  }
}
