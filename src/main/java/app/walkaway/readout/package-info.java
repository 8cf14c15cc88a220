/**
 * The read-out: one honest outcome for his response (unsafe, moving on, chasing, indifferent, too
 * early), as data: why (typed reasons), the messages and events it cites, a confidence with what it
 * rests on, the before/after rates with their intervals, what more is needed, and the playbook's
 * outcome for next steps. Nothing here is a sentence: {@code app.walkaway.text} words it.
 */
package app.walkaway.readout;
