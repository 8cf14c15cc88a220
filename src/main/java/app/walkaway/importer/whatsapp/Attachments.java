package app.walkaway.importer.whatsapp;

import app.walkaway.importer.Names;

/**
 * Attachment and omitted-media lines (FORMATS §1.7), matched leniently as the reference README
 * advises, because wording changes between app versions: a whole line {@code <…>}, a file name with
 * an extension followed by {@code (…)} or {@code <…>}, or any localized "file attached" template.
 * Called only for first lines ending in '>' or ')'.
 */
final class Attachments {
  private static final int MAX_PLACEHOLDER = 100;

  private Attachments() {}

  static boolean isAttachment(String first, Markers markers) {
    String line = withoutMarks(first);
    if (isWholeAngle(line) || endsWithTemplate(line, markers)) {
      return true;
    }
    return isFileThenNote(line);
  }

  /**
   * "<Media omitted>", "<Medien ausgeschlossen>", "<attached: 0042-PHOTO.jpg>", "<image omitted>".
   */
  private static boolean isWholeAngle(String s) {
    return s.length() <= MAX_PLACEHOLDER
        && s.length() > 2
        && s.charAt(0) == '<'
        && s.indexOf('<', 1) < 0
        && s.indexOf('>') == s.length() - 1;
  }

  /**
   * "IMG-20220323-WA0002.jpg (file attached)", "Ann Lee.vcf (Datei angehängt)", and the iPhone
   * document form "Plan.pdf • 2 pages <attached: 00000047-Plan.pdf>".
   */
  private static boolean endsWithTemplate(String s, Markers markers) {
    for (String[] t : markers.attachedTemplates) {
      String suffix = t[1].strip();
      String prefix = t[0].strip();
      if (!suffix.isEmpty() && s.endsWith(suffix) && s.length() > suffix.length() + 1) {
        if (prefix.isEmpty() ? hasFileName(s, suffix) : contains(s, prefix, suffix)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasFileName(String s, String suffix) {
    String name = s.substring(0, s.length() - suffix.length()).strip();
    int dot = name.lastIndexOf('.');
    return dot > 0 && name.length() - dot <= 6;
  }

  private static boolean contains(String s, String prefix, String suffix) {
    int at = s.lastIndexOf(prefix);
    return at >= 0 && at + prefix.length() < s.length() - suffix.length();
  }

  /**
   * "DOC-20221118-WA0004.pdf (…)", "2015-08-04-PHOTO-00004762.jpg <attached>", "file <attached>".
   */
  private static boolean isFileThenNote(String s) {
    int open = s.lastIndexOf(s.charAt(s.length() - 1) == ')' ? " (" : " <");
    if (open <= 0 || s.length() - open > 60) {
      return false;
    }
    String name = s.substring(0, open);
    if (name.indexOf(' ') >= 0) {
      return false;
    }
    if (s.endsWith("<attached>")) {
      return true;
    }
    int dot = name.lastIndexOf('.');
    int ext = name.length() - dot - 1;
    return dot > 0 && ext >= 1 && ext <= 5 && isAlnum(name, dot + 1);
  }

  private static boolean isAlnum(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (!Character.isLetterOrDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static String withoutMarks(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      if (Names.isInvisible(s.charAt(i))) {
        if (out == null) {
          out = new StringBuilder(s.length()).append(s, 0, i);
        }
      } else if (out != null) {
        out.append(s.charAt(i));
      }
    }
    return out == null ? s : out.toString();
  }
}
