package app.walkaway.web.view;

/**
 * One piece of guidance or one step: a short line, and a few sentences that explain it.
 *
 * @param text the line
 * @param help the explanation; may be empty
 */
public record Guide(String text, String help) {}
