/**
 * The risk screen: questions in Walkaway's own words over the risk domains published
 * danger-assessment instruments share, and a result that never scores her. Pure: no I/O.
 */
package app.walkaway.safety.screen;
