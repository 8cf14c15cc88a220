/**
 * The demo: a throwaway vault in a temporary folder, filled with an invented story (months of a
 * chat before her start day, weeks after it, her plan, urges and a slip), so that every page has
 * something to show to someone trying Walkaway. Deterministic from a seed; dates count back from
 * the day it is made, so the demo always looks current.
 */
package app.walkaway.service.demo;
