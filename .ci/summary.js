// Reads jest's JSON results and prints the closing line CI reads: "N passed, N failed[, N skipped]".
// Fails when a test was skipped or pending, or when the suites against the real servers did not run.
const fs = require('node:fs');
const { stripVTControlCharacters } = require('node:util');

const results = JSON.parse(fs.readFileSync(process.argv[2] ?? '.cache/jest-results.json', 'utf8'));
const passed = results.numPassedTests;
const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
const skipped = results.numPendingTests + results.numTodoTests;
const problems = [];
if (skipped > 0) problems.push(`${skipped} test(s) skipped or pending: CI runs every test`);
const required = {
  'MongoDB-wire server suites': /mongo.*\.int-spec\.ts$/,
  'Kafka suites': /kafka.*\.int-spec\.ts$/,
  'distributed end-to-end suites': /distributed.*\.e2e-spec\.ts$/,
};
for (const [what, pattern] of Object.entries(required)) {
  const suites = results.testResults.filter((suite) => pattern.test(suite.name));
  const ran = suites.reduce((n, suite) => n + suite.assertionResults.filter((a) => a.status === 'passed').length, 0);
  if (ran === 0) problems.push(`the ${what} did not run`);
  else console.log(`${what}: ${suites.length} file(s), ${ran} test(s) passed`);
}
// The fault suites' figures (test/support/fault-report.ts): one line per fault.
const faultDir = '.cache/fault-report';
if (fs.existsSync(faultDir))
  for (const file of fs.readdirSync(faultDir).filter((f) => f.endsWith('.json')).sort())
    for (const r of JSON.parse(fs.readFileSync(`${faultDir}/${file}`, 'utf8')))
      console.log(
        `fault ${r.mode} ${r.fault}: sent ${r.sent}, acknowledged ${r.acknowledged}, failed ${r.failed}, lost ${r.lost}, duplicated ${r.duplicated}, recovered in ${(r.recoveryMs / 1000).toFixed(1)} s`,
      );
// Every failed test by name, so that the end of the log says which ones failed.
for (const suite of results.testResults) {
  const file = suite.name.replace(`${process.cwd()}/`, '');
  const failures = suite.assertionResults.filter((a) => a.status === 'failed');
  for (const a of failures) {
    // The first lines of why, without jest's colours, so that a short log still says it.
    const why = stripVTControlCharacters((a.failureMessages ?? []).join('\n'));
    const lines = why.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 3);
    console.log(`failed: ${file} › ${a.fullName}${lines.length ? `\n  ${lines.join('\n  ')}` : ''}`);
  }
  if (failures.length === 0 && suite.status === 'failed')
    console.log(`failed: ${file} (${(suite.message ?? '').split('\n').find((l) => l.trim()) ?? 'did not run'})`);
}
for (const problem of problems) console.log(`CI check failed: ${problem}`);
console.log(skipped > 0 ? `${passed} passed, ${failed} failed, ${skipped} skipped` : `${passed} passed, ${failed} failed`);
process.exit(failed > 0 || problems.length > 0 || !results.success ? 1 : 0);
