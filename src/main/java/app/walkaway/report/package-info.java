/**
 * The evidence report as a PDF (PDFBox, with DejaVu fonts embedded so every language her messages
 * are in renders): an edge used by the command line and the web app.
 */
package app.walkaway.report;
