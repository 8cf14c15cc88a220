/**
 * The command line: one class per command, thin wiring over the core. Nothing in the core imports
 * this package.
 */
package app.walkaway.cli;
