/**
 * The command line: one class per command, the options they share, and how each shows what the
 * service returns. Every use case runs in {@code app.walkaway.service}; nothing here touches the
 * vault, and nothing outside this package imports it.
 */
package app.walkaway.cli;
