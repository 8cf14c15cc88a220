/**
 * The web app's guards: which Host and which Origin may speak to it, the one session of her
 * unlocked vault and its CSRF token, the upload limits, and the slowing of unlock attempts. The web
 * wires {@link app.walkaway.security.Guard} in one place; nothing here knows a page.
 */
package app.walkaway.security;
