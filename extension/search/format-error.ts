/** A stored index this code cannot read (older format, damaged): build it again from the records. */
export class SearchIndexFormatError extends Error {
  constructor(detail: string) {
    super(`保存されている検索インデックスを読み込めません（${detail}）。記録から作り直してください。`);
    this.name = 'SearchIndexFormatError';
  }
}
