// npm start: runs 伴走カルテ locally — D1 migrations, extension build, API on workerd, dev org.
// `npm start -- --check` does the same, then stops and exits non-zero if any step failed.
// `npm start -- --port 8788` serves on another port (the default is wrangler's 8787).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { portIsFree, startApi, waitForHealth } from './lib/api-server.mjs';
import { printBanner } from './lib/banner.mjs';
import { ensureDevOrganisation } from './lib/dev-org.mjs';
import { ensureBootstrapSecret } from './lib/dev-vars.mjs';
import { buildExtension } from './lib/extension-build.mjs';
import { fail, ok, step, warn } from './lib/log.mjs';
import { binDir, devVarsFile, rel, wranglerConfig } from './lib/paths.mjs';
import { run } from './lib/run.mjs';

const { values: opts } = parseArgs({ options: { check: { type: 'boolean' }, port: { type: 'string' } } });
const host = '127.0.0.1';
const port = Number(opts.port ?? 8787);
const baseUrl = `http://${host}:${port}`;
const problems = [];

if (!existsSync(path.join(binDir, 'wrangler'))) {
  fail('依存パッケージがありません。先に npm install を実行してください。', 'Dependencies are missing: run npm install first.');
  process.exit(1);
}

// Fail fast, before migrations and the build, when the port is taken.
if (!(await portIsFree(host, port))) {
  fail(`ポート ${port} は使用中です。別の npm start が動いていませんか？`, `Port ${port} is in use: is another npm start running?`);
  process.exit(1);
}

step('ローカル用の秘密情報を準備', `Preparing ${rel(devVarsFile)}`);
const { secret, created } = ensureBootstrapSecret();
ok(
  created ? 'BOOTSTRAP_SECRET を作成しました' : 'BOOTSTRAP_SECRET は作成済みです',
  created ? 'BOOTSTRAP_SECRET created' : 'BOOTSTRAP_SECRET kept',
);

step('D1 マイグレーションを適用（ローカル）', 'Applying D1 migrations locally');
if ((await run('wrangler', ['d1', 'migrations', 'apply', 'DB', '--local', '--config', wranglerConfig])) !== 0) {
  fail('D1 マイグレーションに失敗しました。上のエラーを確認してください。', 'D1 migrations failed; see the error above.');
  process.exit(1);
}

step('拡張機能をビルド', 'Building the extension (npm run build:dev)');
const build = await buildExtension();
if (build === 'failed') {
  problems.push('extension build');
  warn('拡張機能のビルドに失敗しました。API は起動を続けます。', 'The extension build failed; the API starts anyway.');
} else if (build === 'absent') {
  warn('拡張機能のエントリーポイントがまだないため、ビルドを省きます。', 'No extension entrypoints yet; skipping the build.');
}

step('API を起動（wrangler dev）', `Starting the API on ${baseUrl} (wrangler dev)`);
const server = startApi({ host, port });
// If this process dies in any way we did not plan for, the API must not be left running.
process.on('exit', () => server.killNow());
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    console.log('\n停止しています… / Stopping…');
    await server.stop();
    process.exit(0);
  });
}

if (!(await waitForHealth(baseUrl, server))) {
  fail('API が起動しませんでした（GET /health が応答しません）。', 'The API did not come up (GET /health did not answer).');
  await server.stop();
  process.exit(1);
}
ok('API が応答しています', `API is healthy at ${baseUrl}`);

step('開発用の支援機関を準備', 'Preparing the development organisation');
let org = null;
try {
  org = await ensureDevOrganisation(baseUrl, secret);
  if (org.reused) ok('既存のトークンを再利用します', 'Reusing the saved token');
  else if (org.created) ok('支援機関とシステム管理者を作成しました', 'Organisation and system administrator created');
  else ok('既存の支援機関に新しいトークンを発行しました', 'New token issued for the existing organisation');
} catch (err) {
  problems.push('dev organisation');
  warn(`開発用の支援機関を準備できませんでした: ${err.message}`, 'Could not prepare the development organisation; the API keeps running.');
}

printBanner({ baseUrl, org, build });

if (opts.check) {
  await server.stop();
  if (problems.length > 0) fail(`確認で問題がありました: ${problems.join(', ')}`, `Check found problems: ${problems.join(', ')}`);
  else ok('すべての手順が成功しました', 'Every step succeeded');
  process.exit(problems.length > 0 ? 1 : 0);
}

const { code, signal } = await server.exited;
if (!stopping) {
  fail('API が予期せず停止しました。', `The API stopped unexpectedly (${signal ?? `exit ${code}`}).`);
  process.exit(code || 1);
}
