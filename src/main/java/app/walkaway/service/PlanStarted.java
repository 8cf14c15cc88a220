package app.walkaway.service;

import app.walkaway.method.Plan;

/**
 * A plan saved.
 *
 * @param plan the plan as checked against the playbook and stored
 * @param readinessDone whether she has done the readiness check (if not, it is worth suggesting)
 */
public record PlanStarted(Plan plan, boolean readinessDone) {}
