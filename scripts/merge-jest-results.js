// Merges the JSON results of several jest runs into one, as one run would have written
// it: node scripts/merge-jest-results.js <out> <in>...
const fs = require('node:fs');

const [out, ...inputs] = process.argv.slice(2);
const runs = inputs
  .filter((file) => fs.existsSync(file))
  .map((file) => JSON.parse(fs.readFileSync(file, 'utf8')));
const COUNTS = [
  'numTotalTests',
  'numPassedTests',
  'numFailedTests',
  'numPendingTests',
  'numTodoTests',
  'numTotalTestSuites',
  'numPassedTestSuites',
  'numFailedTestSuites',
  'numPendingTestSuites',
  'numRuntimeErrorTestSuites',
];
const merged = {
  ...runs[0],
  ...Object.fromEntries(
    COUNTS.map((key) => [key, runs.reduce((sum, run) => sum + (run[key] ?? 0), 0)]),
  ),
  // A run that wrote no results counts as a suite that failed to run.
  numRuntimeErrorTestSuites:
    runs.reduce((sum, run) => sum + (run.numRuntimeErrorTestSuites ?? 0), 0) +
    (inputs.length - runs.length),
  startTime: Math.min(...runs.map((run) => run.startTime)),
  success: runs.length === inputs.length && runs.every((run) => run.success),
  testResults: runs.flatMap((run) => run.testResults),
};
fs.writeFileSync(out, JSON.stringify(merged));
