// Prints one plain closing line that any CI can read: "jest: N passed, N failed, N skipped".
// With CLAIMDESK_TEST_SUMMARY set (npm test runs Jest twice), it also appends the counts there,
// so test/support/run-tests.mjs can close with the total of both runs.
const { appendFileSync } = require('node:fs');

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const counts = {
      passed: results.numPassedTests,
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      skipped: results.numPendingTests + results.numTodoTests,
    };
    process.stdout.write(`jest: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
    if (process.env.CLAIMDESK_TEST_SUMMARY) appendFileSync(process.env.CLAIMDESK_TEST_SUMMARY, `${JSON.stringify(counts)}\n`);
  }
}
module.exports = SummaryReporter;
