package app.walkaway.web;

import io.javalin.http.Context;
import java.util.Set;

/**
 * Where a form leads once saved: the page it came from, or the next of the first steps. Only these
 * addresses are followed, so a form can never be made to lead elsewhere.
 */
final class Next {
  static final String FIELD = "next";
  private static final Set<String> ALLOWED =
      Set.of(
          PlanPage.PATH,
          FirstStepsPage.PATH,
          FirstStepsPage.NAME,
          FirstStepsPage.READINESS,
          FirstStepsPage.PLAN,
          FirstStepsPage.IMPORT,
          TodayPage.PATH);

  private Next() {}

  /** The {@code next} field when it is one of ours, else {@code fallback}. */
  static String of(Context ctx, String fallback) {
    String wanted = ctx.formParam(FIELD);
    return wanted != null && ALLOWED.contains(wanted) ? wanted : fallback;
  }
}
