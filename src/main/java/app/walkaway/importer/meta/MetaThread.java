package app.walkaway.importer.meta;

import app.walkaway.importer.Inputs.Member;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One conversation: the message_N.json files in one folder, in the order of N (FORMATS §3.1: a
 * thread is split into files of up to ~10 000 messages).
 */
record MetaThread(String folder, List<Member> files) {
  static final Pattern MESSAGE_FILE = Pattern.compile("(?:.*/)?message_(\\d{1,9})\\.json");

  static boolean isMessageFile(String member) {
    return MESSAGE_FILE.matcher(member).matches();
  }

  /** The threads among these files, grouped by folder, files ordered by their number. */
  static List<MetaThread> group(List<Member> files) {
    Map<String, List<Member>> byFolder = new LinkedHashMap<>();
    for (Member file : files) {
      int slash = file.member().lastIndexOf('/');
      String folder = slash < 0 ? "" : file.member().substring(0, slash);
      byFolder.computeIfAbsent(folder, k -> new ArrayList<>()).add(file);
    }
    List<MetaThread> threads = new ArrayList<>();
    byFolder.forEach(
        (folder, members) -> {
          members.sort(Comparator.comparingLong(MetaThread::number));
          threads.add(new MetaThread(folder, List.copyOf(members)));
        });
    return threads;
  }

  private static long number(Member member) {
    Matcher m = MESSAGE_FILE.matcher(member.member());
    return m.matches() ? Long.parseLong(m.group(1)) : 0;
  }

  /** Instagram's download keeps messages under your_instagram_activity/ (FORMATS §3.1). */
  boolean pathSaysInstagram(String input) {
    String where = (input + "/" + folder).toLowerCase(java.util.Locale.ROOT);
    return where.contains("instagram");
  }
}
