package app.walkaway.web.view;

import java.util.List;
import java.util.Optional;

/**
 * The read-out: the answer first, then why, what it rests on (his words with time and source, and
 * his behaviour), the before and since figures in plain words, and what to do next. When it points
 * to danger only the safety part is filled: no figures, no relationship advice beside it.
 *
 * @param headline the answer, in one or two sentences
 * @param safety what to do for her safety; empty unless the read-out points to danger
 * @param reasons why, most important first
 * @param restsOn how sure it is, and why
 * @param needed what more is needed before it can say more, if anything
 * @param figures his figures before and since, in plain words (empty when safety speaks)
 * @param evidence the messages and events it rests on, in time order
 * @param nextSteps what to do now (empty when safety speaks)
 * @param since the period read, in words ("since 1 March 2026, compared with the 12 weeks before")
 * @param markedByYou the messages she marked herself, one line each, for "Marked by you"
 * @param notice what her last mark did, once, after she marked a message
 */
public record ReadoutView(
    String headline,
    List<String> safety,
    List<String> reasons,
    String restsOn,
    Optional<String> needed,
    List<String> figures,
    List<Evidence> evidence,
    List<Guide> nextSteps,
    String since,
    List<String> markedByYou,
    Optional<String> notice) {
  /** The first few items it rests on are shown; the rest wait behind one more click. */
  public static final int SHOWN = 5;

  public ReadoutView {
    safety = List.copyOf(safety);
    reasons = List.copyOf(reasons);
    figures = List.copyOf(figures);
    evidence = List.copyOf(evidence);
    nextSteps = List.copyOf(nextSteps);
    markedByYou = List.copyOf(markedByYou);
  }

  /** The same view with a notice from her last mark. */
  public ReadoutView withNotice(Optional<String> line) {
    return new ReadoutView(
        headline,
        safety,
        reasons,
        restsOn,
        needed,
        figures,
        evidence,
        nextSteps,
        since,
        markedByYou,
        line);
  }

  public boolean safetyFirst() {
    return !safety.isEmpty();
  }

  /**
   * One message or event it rests on.
   *
   * @param when date and time
   * @param who whose it was
   * @param quote the words, or what it was
   * @param source the file and line, or "noted by you"
   * @param why why it is cited
   * @param file the imported file it was read from, or "" when she noted it by hand
   * @param line its line in that file, 0 when there is none
   * @param redFlag true when his words were read as a red flag (shown in the danger colour)
   * @param mark where her mark buttons post to, for his messages read from a file
   */
  public record Evidence(
      String when,
      String who,
      String quote,
      String source,
      String why,
      boolean redFlag,
      Optional<MarkForm> mark,
      String file,
      long line) {
    /** His red-flag message from an imported file: she can keep it as evidence, quoted exactly. */
    public boolean canKeep() {
      return redFlag && !file.isEmpty() && line > 0;
    }
  }

  /**
   * What a mark button sends back: the file, line and time the read-out cites, and her mark now.
   *
   * @param file the file the message was read from
   * @param line its line (or record) in that file
   * @param at when it was sent, ISO (one line can hold more than one message)
   * @param current her mark now ("red-flag", "warm", "not-a-signal"), or empty
   */
  public record MarkForm(String file, long line, String at, String current) {
    public boolean is(String label) {
      return current.equals(label);
    }
  }
}
