package app.walkaway.importer.whatsapp;

/**
 * How the numeric fields of a file's dates are ordered, decided once for the whole file (FORMATS
 * §1.3, "Recommended"), with the plain sentence that tells her how it was decided.
 */
record DateOrder(Order order, String note) {
  enum Order {
    DAY_FIRST,
    MONTH_FIRST,
    YEAR_FIRST,
    /** A month name fixes the month; no order to decide. */
    NAMED
  }

  static DateOrder decide(ShapeStats st, int shape) {
    if (Shape.monthNamed(shape)) {
      return new DateOrder(Order.NAMED, "");
    }
    if ((shape & Shape.YEAR_FIRST) != 0) {
      return new DateOrder(
          Order.YEAR_FIRST,
          "Dates read as year/month/day: the year comes first, and WhatsApp then always writes"
              + " the month before the day.");
    }
    boolean dayProof = st.firstOver12Line > 0;
    boolean monthProof = st.secondOver12Line > 0;
    if (dayProof && !monthProof) {
      return new DateOrder(
          Order.DAY_FIRST,
          proof(
              "day/month/year",
              st.firstOver12Line,
              st.firstOver12Date,
              firstField(st.firstOver12Date)));
    }
    if (monthProof && !dayProof) {
      return new DateOrder(
          Order.MONTH_FIRST,
          proof(
              "month/day/year",
              st.secondOver12Line,
              st.secondOver12Date,
              secondField(st.secondOver12Date)));
    }
    String conflict =
        dayProof
            ? " Both fields go above 12 somewhere (lines "
                + st.firstOver12Line
                + " and "
                + st.secondOver12Line
                + "), so some dates cannot be right either way."
            : "";
    return byJumps(st, conflict);
  }

  private static DateOrder byJumps(ShapeStats st, String conflict) {
    long d = st.dayFirstJumps;
    long m = st.monthFirstJumps;
    if (d != m) {
      Order order = d < m ? Order.DAY_FIRST : Order.MONTH_FIRST;
      String name = d < m ? "day/month/year" : "month/day/year";
      String other = d < m ? "month/day/year" : "day/month/year";
      long fewer = Math.min(d, m);
      String how =
          fewer == 0
              ? "read that way the dates never go backwards, read as " + other + " they do "
              : "read that way the dates go backwards " + times(fewer) + ", read as " + other + " ";
      return new DateOrder(
          order, "Dates read as " + name + ": " + how + times(Math.max(d, m)) + "." + conflict);
    }
    String why = conflict.isEmpty() ? " every day is 12 or less." : conflict;
    return new DateOrder(
        Order.DAY_FIRST,
        "Dates read as day/month/year, but nothing in the file proves it:"
            + why
            + " If the dates look wrong, the phone wrote the month first.");
  }

  private static String proof(String name, long line, String date, String field) {
    return "Dates read as "
        + name
        + ": line "
        + line
        + " has "
        + date
        + ", and "
        + field
        + " cannot be a month.";
  }

  private static String times(long n) {
    return n == 1 ? "once" : n + " times";
  }

  private static String firstField(String date) {
    return field(date, 0);
  }

  private static String secondField(String date) {
    return field(date, 1);
  }

  /**
   * The {@code index}-th run of digits (of any script: Arabic-Indic dates too) in the date as
   * written, or the whole date when it has fewer runs. By hand, not by a regular expression: one is
   * compiled for every file otherwise.
   */
  private static String field(String date, int index) {
    int i = 0;
    int n = date.length();
    for (int run = 0; ; run++) {
      while (i < n && !Character.isDigit(date.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isDigit(date.charAt(i))) {
        i++;
      }
      if (start == i) {
        return date;
      }
      if (run == index) {
        return date.substring(start, i);
      }
    }
  }
}
