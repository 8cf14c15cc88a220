/**
 * The application layer: every use case (create or unlock a vault, import, log, figures, read-out,
 * today, plan, timeline, insights, export) as a small class returning records, and the {@link
 * app.walkaway.service.VaultSession} a server shares between requests. Nothing here prints, formats
 * JSON or names a command: the edges (cli, web) do that. Only this package touches the vault.
 */
package app.walkaway.service;
