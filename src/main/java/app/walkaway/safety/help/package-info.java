/**
 * Whom to call: national emergency and helpline numbers, each with the official page it was
 * confirmed on and the date it was read. Pure: reads only its own resource file.
 */
package app.walkaway.safety.help;
