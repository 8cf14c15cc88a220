package app.walkaway.method;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Contact that never counts as a slip (children, shared bills, safety, work). An event is excused
 * when its text carries the tag as {@code #children} or one of the tag's keywords as a whole word.
 *
 * @param item id ({@code exception.<tag>}), text and help
 * @param keywords lower-case words or phrases that mark such contact
 */
public record ExceptionTag(Item item, List<String> keywords) {
  static final String PREFIX = "exception.";

  public ExceptionTag {
    Objects.requireNonNull(item, "item");
    keywords = List.copyOf(keywords);
  }

  /** A tag she named that the playbook does not know: matched by {@code #tag} and the word. */
  static ExceptionTag custom(String tag) {
    String text = "Your own exception: " + tag + ".";
    String help = "Messages marked #" + tag + " or mentioning '" + tag + "' never count as a slip.";
    return new ExceptionTag(
        new Item(PREFIX + tag, Section.EXCEPTION, text, help),
        List.of(tag.toLowerCase(Locale.ROOT)));
  }

  /** The short tag she types, e.g. {@code children}. */
  public String tag() {
    return item.id().substring(PREFIX.length());
  }

  /** True when the text is marked with this tag or mentions one of its keywords. */
  public boolean matches(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.contains("#" + tag())) {
      return true;
    }
    return keywords.stream().anyMatch(k -> wholeWord(k).matcher(lower).find());
  }

  private static Pattern wholeWord(String keyword) {
    return Pattern.compile(
        "(?<![\\p{L}\\p{N}])" + Pattern.quote(keyword) + "(?![\\p{L}\\p{N}])",
        Pattern.UNICODE_CASE);
  }
}
