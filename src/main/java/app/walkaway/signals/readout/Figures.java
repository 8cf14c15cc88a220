package app.walkaway.signals.readout;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** The before/after figures in plain sentences: conversations he started, messages, reply delay. */
final class Figures {
  private Figures() {}

  static List<String> sentences(ReadoutInput in) {
    HisFigures before = in.before();
    HisFigures after = in.after();
    List<String> out = new ArrayList<>();
    if (before.days() < 1 || after.days() < 1) {
      out.add("There is not yet a full day on both sides of your start to compare.");
      return out;
    }
    out.add(
        rate(in.name(), "started", "conversations", before.initiations(), after.initiations(), in));
    out.add(rate(in.name(), "sent", "messages", before.messages(), after.messages(), in));
    replyDelay(in.name(), before.medianReplyMinutes(), after.medianReplyMinutes())
        .ifPresent(out::add);
    return out;
  }

  private static String rate(
      String name, String verb, String noun, long before, long after, ReadoutInput in) {
    RateRatio r = RateRatio.of(before, in.before().weeks(), after, in.after().weeks());
    return PlainWords.rate(r, name, verb, noun);
  }

  private static java.util.Optional<String> replyDelay(
      String name, OptionalDouble before, OptionalDouble after) {
    if (before.isEmpty() && after.isEmpty()) {
      return java.util.Optional.empty();
    }
    String was = before.isPresent() ? duration(before.getAsDouble()) : "no replies to time";
    String now = after.isPresent() ? duration(after.getAsDouble()) : "no replies to time yet";
    return java.util.Optional.of(
        "A typical reply from " + object(name) + " took " + was + " before and " + now + " since.");
  }

  static String duration(double minutes) {
    if (minutes < 1) {
      return "under a minute";
    }
    if (minutes < 90) {
      long m = Math.round(minutes);
      return m == 1 ? "1 minute" : m + " minutes";
    }
    if (minutes < 36 * 60) {
      long h = Math.round(minutes / 60);
      return h + " hours";
    }
    long d = Math.round(minutes / 1440);
    return d == 1 ? "1 day" : d + " days";
  }

  private static String object(String name) {
    return name.equals("He") ? "him" : name;
  }
}
