// Prints one plain closing line, "N passed, N failed, N skipped", after Jest's own summary, so any
// CI can read the outcome of `npm test` without knowing Jest's format.
class SummaryLineReporter {
  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `${results.numPassedTests} passed, ${failed} failed, ${skipped} skipped`;
    // On exit, so it comes after Jest's own summary (writes to a pipe or file are synchronous on Linux).
    process.once('exit', () => process.stdout.write(`\n${line}\n`));
  }
}
module.exports = SummaryLineReporter;
