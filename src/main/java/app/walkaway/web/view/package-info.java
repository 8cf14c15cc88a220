/**
 * What the templates read: small public records and the navigation. Public only because the
 * precompiled templates live in their own package; nothing here does any work.
 */
package app.walkaway.web.view;
