/**
 * Jazzer fuzz targets, one per importer: any bytes either read or fail with an ImportException,
 * never another exception and never a hang. Seeds live in the resources beside each class.
 */
package app.walkaway.importer.fuzz;
