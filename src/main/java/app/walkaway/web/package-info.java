/**
 * The web app ({@code walkaway serve}): server wiring, one handler class per page, and the one
 * place every response's headers are set. Pages call only the service layer; templates live in
 * {@code src/main/jte} and read the records of {@code web.view}.
 */
package app.walkaway.web;
