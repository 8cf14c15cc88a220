/**
 * The read-out: one honest outcome for his response (unsafe, moving on, chasing, indifferent, too
 * early) with the evidence it rests on, a confidence, and the before/after statistics behind it.
 */
package app.walkaway.signals.readout;
