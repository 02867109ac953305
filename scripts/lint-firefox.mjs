// npm run lint:firefox: builds the Firefox extension as it would be submitted (`wxt build -b
// firefox`, production mode) and runs Mozilla's own linter on it (web-ext lint, the addons-linter
// that addons.mozilla.org runs). Fails on any error and on any warning, except the few below that
// come from third-party code bundled into our files, which we cannot change. Not --self-hosted:
// the checks addons.mozilla.org makes (data collection consent among them) apply to us.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { bold, fail, ok, step } from './lib/log.mjs';
import { binDir, root } from './lib/paths.mjs';
import { run, toolEnv } from './lib/run.mjs';

const SOURCE_DIR = path.join(root, '.output/firefox-mv2');

/**
 * Messages known to come from bundled libraries: the code, and what the flagged source looks
 * like at the place reported (so the same code in a file of ours is still reported).
 */
const THIRD_PARTY = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    // Preact's renderer applying `dangerouslySetInnerHTML` (its diff of DOM properties); none of
    // our components uses that prop, so nothing of ours reaches this assignment.
    source: /\.innerHTML=\w+\.__html/,
    reason: 'Preact (dangerouslySetInnerHTML support in its renderer; unused by our components)',
  },
];

/** The source text around a message's line and column (minified files are one long line). */
function sourceAt(message) {
  if (!message.file || !message.line) return '';
  const lines = readFileSync(path.join(SOURCE_DIR, message.file), 'utf8').split('\n');
  const line = lines[message.line - 1] ?? '';
  const at = Math.max(0, (message.column ?? 1) - 1);
  return line.slice(Math.max(0, at - 80), at + 80);
}

function knownThirdParty(message) {
  return THIRD_PARTY.find((k) => k.code === message.code && k.source.test(sourceAt(message))) ?? null;
}

function lint() {
  return new Promise((resolve, reject) => {
    const args = ['lint', '--source-dir', SOURCE_DIR, '--output', 'json', '--no-config-discovery', '--no-input'];
    const child = spawn(path.join(binDir, 'web-ext'), args, { cwd: root, env: toolEnv(), stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    // web-ext exits non-zero when there are errors: the report says which, so read it either way.
    child.on('exit', () => {
      try {
        resolve(JSON.parse(out));
      } catch {
        reject(new Error(`web-ext lint printed no report:\n${out.slice(0, 2000)}`));
      }
    });
  });
}

const where = (m) => [m.file, m.line, m.column].filter((x) => x !== undefined && x !== null).join(':');

step('Firefox 版をビルド（wxt build -b firefox）', 'Building the Firefox extension (wxt build -b firefox, production)');
const built = await run('wxt', ['build', '-b', 'firefox']);
if (built !== 0) {
  fail('Firefox 版のビルドに失敗しました。', `wxt build -b firefox exited ${built}`);
  process.exit(1);
}

step('web-ext lint（Mozilla の addons-linter）', `web-ext lint --source-dir ${path.relative(root, SOURCE_DIR)}`);
const report = await lint();
const ours = [];
const known = [];
for (const m of [...report.errors, ...report.warnings]) {
  const k = knownThirdParty(m);
  if (k) known.push({ m, k });
  else ours.push(m);
}
for (const m of [...report.errors, ...report.warnings, ...report.notices]) {
  const k = known.find((x) => x.m === m)?.k;
  console.log(`  ${m._type} ${m.code} ${where(m)} ${m.message}${k ? ` [third-party: ${k.reason}]` : ''}`);
}
const s = report.summary;
console.log(
  bold(
    `web-ext lint: ${s.errors} errors, ${s.warnings} warnings, ${s.notices} notices; ${known.length} of them from bundled third-party code`,
  ),
);
if (ours.length > 0) {
  fail(
    `拡張機能のコードまたは manifest に ${ours.length} 件の指摘があります。`,
    `${ours.length} error(s) or warning(s) from our code or manifest`,
  );
  process.exit(1);
}
ok('web-ext lint: 自分たちのコードと manifest に指摘はありません', 'web-ext lint: no error or warning from our code or manifest');
