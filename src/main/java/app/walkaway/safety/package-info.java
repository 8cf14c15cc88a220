/**
 * Her safety: the one red-flag detector (his words and what he does) that the read-out, today's
 * guidance, the import-time word flags and the risk screen all use, and the one rule that decides
 * when safety comes before anything else.
 */
package app.walkaway.safety;
