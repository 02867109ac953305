// npm test: every test the project has. Biome (lint, format and the import boundaries between folders), the type check (tsc, extension and server), vitest (server project in workerd with real D1, unit
// project in Node), Mozilla's lint of the Firefox build, then the end-to-end suite in Chromium
// once it exists. CI runs exactly this.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bold, fail, ok, step, warn } from './lib/log.mjs';
import { root } from './lib/paths.mjs';
import { run, toolEnv } from './lib/run.mjs';

const e2eDir = path.join(root, 'tests/e2e');
const results = [];

/** vitest's own counts, read from its JSON report; null if it crashed before writing one. */
function readVitestCounts(file) {
  if (!existsSync(file)) return null;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
}

function hasE2eSpecs() {
  if (!existsSync(e2eDir)) return false;
  return readdirSync(e2eDir, { recursive: true }).some((f) => String(f).endsWith('.spec.ts'));
}

function npmRun(script) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', script], { cwd: root, env: toolEnv(), stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', () => resolve(127));
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

const scripts = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts ?? {};
step('Biome（lint・整形・フォルダー間の import の境界）', 'Biome (lint, format, import boundaries between folders): npm run lint');
const biomeCode = await npmRun('lint');
results.push({ name: 'lint', passed: biomeCode === 0, detail: `exit ${biomeCode}` });

step('型チェック（tsc: 拡張機能・共有・テスト、サーバー）', 'Type check (tsc: extension, shared and tests; server): npm run typecheck');
const typecheckCode = await npmRun('typecheck');
results.push({ name: 'typecheck', passed: typecheckCode === 0, detail: `exit ${typecheckCode}` });

step('vitest（server: workerd + D1 / unit: Node）', 'vitest (server in workerd with D1, unit in Node)');
const reportDir = mkdtempSync(path.join(os.tmpdir(), 'banso-test-'));
const reportFile = path.join(reportDir, 'vitest.json');
const vitestCode = await run('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`]);
const counts = readVitestCounts(reportFile);
rmSync(reportDir, { recursive: true, force: true });
const detail = counts ? `${counts.passed} tests passed, ${counts.failed} failed, ${counts.skipped} skipped` : `exit ${vitestCode}`;
results.push({ name: 'vitest', passed: vitestCode === 0, detail });

step('Firefox 版の lint（web-ext）', 'Firefox build linted by Mozilla (npm run lint:firefox)');
const lintCode = await npmRun('lint:firefox');
results.push({ name: 'lint:firefox', passed: lintCode === 0, detail: `exit ${lintCode}` });

if (scripts['test:e2e'] && hasE2eSpecs()) {
  step('エンドツーエンド（Chromium）', 'End-to-end (Chromium): npm run test:e2e');
  const code = await npmRun('test:e2e');
  results.push({ name: 'e2e', passed: code === 0, detail: `exit ${code}` });
} else {
  warn('エンドツーエンドのテストはまだありません（tests/e2e/*.spec.ts）。', 'No end-to-end specs yet (tests/e2e/*.spec.ts); skipped.');
}

console.log(`\n${bold('結果 / Results')}`);
for (const r of results) (r.passed ? ok : fail)(`${r.name}: ${r.passed ? '成功' : '失敗'}`, r.detail);
const passed = results.filter((r) => r.passed).length;
const failed = results.length - passed;
console.log(bold(`suites: ${passed} passed, ${failed} failed`));
process.exit(failed === 0 ? 0 : 1);
