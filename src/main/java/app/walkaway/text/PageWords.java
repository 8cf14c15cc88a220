package app.walkaway.text;

import app.walkaway.method.Item;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The playbook's texts as a web page shows them. The playbook was written for the command line too,
 * and some of its help names a command ("(walkaway log urge)"); a page never shows a command
 * (VOICE.md rule 2), so those are taken out, or said as the page that does the same.
 */
public final class PageWords {
  private static final Pattern COMMAND_ASIDE = Pattern.compile("\\s*\\(walkaway [^)]*\\)");

  /** Sentences that name a command, and how a page says them. */
  private static final List<String[]> SAID_AS_PAGES =
      List.of(
          new String[] {"walkaway today shows", "Today shows"},
          new String[] {"walkaway analyze shows", "the read-out shows"},
          new String[] {"walkaway analyze compares", "The read-out compares"},
          new String[] {"walkaway plan show lists drafts", "The Plan page holds drafts"});

  private PageWords() {}

  /** The item with any command taken out of its text and help. */
  public static Item forPage(Item item) {
    return new Item(item.id(), item.section(), forPage(item.text()), forPage(item.help()));
  }

  public static String forPage(String text) {
    String out = COMMAND_ASIDE.matcher(text).replaceAll("");
    for (String[] said : SAID_AS_PAGES) {
      out = out.replace(said[0], said[1]);
    }
    return out;
  }
}
