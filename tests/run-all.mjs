// `npm test`: every check that can run on this machine, in order, with one closing line for the whole run.
// Each step runs even when an earlier one failed (except those that need the build), so one red run shows
// everything that is wrong. Test counts come from the runners' JSON reports.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const reportsDir = resolve('test-results/reports');
rmSync(reportsDir, { recursive: true, force: true });
mkdirSync(reportsDir, { recursive: true });

const vitestCounts = (file) => {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: report.numPassedTests, failed: report.numFailedTests };
};
const playwrightCounts = (file) => {
  const { stats } = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected + (stats.errors?.length ?? 0) };
};

const steps = [
  { name: 'typecheck', command: ['npx', 'tsc', '--noEmit', '-p', 'tsconfig.json'] },
  { name: 'lint', command: ['npx', 'eslint', '.', '--max-warnings=0'] },
  { name: 'build', command: ['npm', 'run', '--silent', 'build'] },
  {
    name: 'unit and integration',
    command: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportsDir}/unit.json`],
    report: `${reportsDir}/unit.json`,
    count: vitestCounts,
  },
  {
    name: 'shell contract',
    needsBuild: true,
    command: ['npx', 'vitest', 'run', '--config', 'tests/shell/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${reportsDir}/shell.json`],
    report: `${reportsDir}/shell.json`,
    count: vitestCounts,
  },
  {
    name: 'end to end',
    needsBuild: true,
    command: ['npx', 'playwright', 'test', '-c', 'tests/e2e/playwright.config.ts', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: `${reportsDir}/e2e.json` },
    report: `${reportsDir}/e2e.json`,
    count: playwrightCounts,
  },
];

let passed = 0;
let failed = 0;
let built = false;
for (const step of steps) {
  if (step.needsBuild && !built) {
    console.log(`\n✗ ${step.name}: skipped because the build failed (counted as failed)`);
    failed += 1;
    continue;
  }
  console.log(`\n▶ ${step.name}: ${step.command.join(' ')}`);
  const result = spawnSync(step.command[0], step.command.slice(1), { stdio: 'inherit', env: { ...process.env, ...step.env } });
  const ok = result.status === 0;
  if (step.name === 'build') built = ok;
  if (step.report && existsSync(step.report)) {
    const counts = step.count(step.report);
    passed += counts.passed;
    failed += counts.failed;
    if (!ok && counts.failed === 0) failed += 1;
  } else {
    if (ok) passed += 1;
    else failed += 1;
  }
  console.log(`${ok ? '✓' : '✗'} ${step.name}`);
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
