package app.walkaway.web.view;

/**
 * One choice in a form: a radio button or a checkbox.
 *
 * @param value what the form sends when it is chosen
 * @param label what it says
 * @param help a line that explains it; may be empty
 * @param checked whether it is chosen now
 */
public record Option(String value, String label, String help, boolean checked) {}
