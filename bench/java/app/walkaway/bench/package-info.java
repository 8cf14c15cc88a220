/**
 * Benchmarks and the generator of large realistic exports they run on. Built by CI with the tests,
 * never timed there: the figures come from the commands in BENCHMARKS.md.
 */
package app.walkaway.bench;
