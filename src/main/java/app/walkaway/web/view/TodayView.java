package app.walkaway.web.view;

import java.util.List;
import java.util.Optional;

/**
 * The Today page.
 *
 * @param plan where she stands in her plan, or empty before she has one
 * @param safetyFirst true when something points to danger: only the safety steps are shown
 * @param guidance today's two to four things (the safety steps when {@code safetyFirst})
 * @param buttons the one-tap logging buttons
 * @param notice what was just noted, shown once
 * @param urge the "I want to text him" box: what to fix, and what she typed
 * @param urgeTitle the box's heading, with his name ("I want to text Sam")
 * @param urgeLabel the box's label, with his name
 * @param kept the drafts she kept here lately, newest first
 */
public record TodayView(
    Optional<Standing> plan,
    boolean safetyFirst,
    List<Guide> guidance,
    List<LogButton> buttons,
    Optional<String> notice,
    FieldProblems urge,
    String urgeTitle,
    String urgeLabel,
    List<Kept> kept) {
  public TodayView {
    guidance = List.copyOf(guidance);
    buttons = List.copyOf(buttons);
    kept = List.copyOf(kept);
  }

  /**
   * Where she stands.
   *
   * @param headline how long it has been, in one sentence
   * @param mode what her plan asks of her
   * @param streak her run of clean days, in words
   * @param strength the habit strength in words
   * @param percent the habit strength as the picture's fill, 0 to 100
   * @param days the last days of her plan, oldest first, for the picture
   */
  public record Standing(
      String headline, String mode, String streak, String strength, int percent, List<Day> days) {
    public Standing {
      days = List.copyOf(days);
    }
  }

  /**
   * A day in the picture.
   *
   * @param x its left edge in the picture
   * @param state clean, slip or today (a CSS class)
   * @param title the day in words, for its tooltip and screen readers
   */
  public record Day(int x, String state, String title) {}

  /**
   * A one-tap button.
   *
   * @param kind what it logs, as the form sends it
   * @param label what it says
   */
  public record LogButton(String kind, String label) {}

  /**
   * A draft she kept here instead of sending it.
   *
   * @param when when she wrote it
   * @param text what she wrote
   */
  public record Kept(String when, String text) {}
}
