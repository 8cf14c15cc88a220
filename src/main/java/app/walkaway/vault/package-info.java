/**
 * The encrypted vault: one SQLCipher file in her data folder holding her events, plan, journal and
 * evidence, with its schema kept by Flyway migrations under {@code db/migration}.
 */
package app.walkaway.vault;
