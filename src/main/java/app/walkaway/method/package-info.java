/**
 * The walk-away method: the playbook (data in resources), the readiness check, the plan, the
 * forgiving streak and the daily guidance. Pure functions over events and a given {@code now}.
 */
package app.walkaway.method;
