import { bold } from './log.mjs';
import { extensionOutput, rel, tokenFile } from './paths.mjs';

/** What a developer needs once everything is up: where the API is, who they are, how to connect. */
export function printBanner({ baseUrl, org, build }) {
  const out = rel(extensionOutput);
  const lines = [
    '',
    bold('伴走カルテ 開発環境 / development environment'),
    `  API:                          ${baseUrl}   (GET ${baseUrl}/health)`,
  ];
  if (org) {
    lines.push(
      `  支援機関 / organisation:      ${org.organisation}`,
      `  支援者 / advisor:             ${org.advisor} (${org.role})`,
      `  トークン / token:             ${org.token}`,
      `                                (${rel(tokenFile)}${org.reused ? '、既存を再利用 / reused' : '、新規作成 / new'})`,
    );
  } else {
    lines.push('  トークン / token:             まだありません（上の警告を参照） / none yet (see the warning above)');
  }
  if (build === 'built') {
    lines.push(
      `  拡張機能 / extension:         ${out}`,
      `    chrome://extensions → デベロッパーモード → 「パッケージ化されていない拡張機能を読み込む」→ ${out}`,
      `    chrome://extensions → Developer mode → Load unpacked → ${out}`,
      `    拡張機能の「設定」で API の URL とトークン（${rel(tokenFile)}）を入力します。`,
      `    In the extension's Settings, enter the API URL and the token (${rel(tokenFile)}).`,
    );
  }
  lines.push('  停止 / stop: Ctrl+C', '');
  console.log(lines.join('\n'));
}
