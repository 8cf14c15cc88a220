package app.walkaway.security;

/**
 * Why a request was refused, with what she reads if it reaches her. Refusals never name the app
 * (she may have chosen a discreet name, and a refusal of a foreign Host is read by the foreign
 * site's page) and never echo anything of the request.
 */
enum Refusal {
  /**
   * A Host that is not this server (DNS rebinding). The foreign page reads this response, so it
   * says nothing about what runs here.
   */
  FOREIGN_HOST(403, "Not here", "This address is not served here.", false),

  /** Another site's page sent it, or tried to read or embed one of ours. */
  FOREIGN_SITE(
      403,
      "Refused",
      "Another website sent this request, so it was refused and nothing was changed. Open this page"
          + " from its own address to carry on.",
      true),

  /** A form from before the last unlock or lock, or one without its token. */
  STALE(
      403,
      "Nothing was changed",
      "This page was opened before the app last locked or unlocked, so what you sent was not used"
          + " and nothing was changed. Open the page again and do it once more.",
      true),

  /** A form larger than any of ours can be. */
  FORM_TOO_LARGE(
      413,
      "Too long",
      "What you sent is longer than this app takes in one go, so nothing was stored. Shorten it and"
          + " send it again.",
      true),

  /** Files larger, together, than an import takes at once. */
  UPLOAD_TOO_LARGE(
      413,
      "Too large",
      "These files are larger, together, than this app takes at once, so nothing was stored. Send"
          + " them one at a time, or the chat without its photos and videos.",
      true),

  /** An upload the server could not read as files (cut off, or not a form of ours). */
  UPLOAD_UNREADABLE(
      400,
      "Not received",
      "The files did not arrive whole, so nothing was stored. Choose them again and send them once"
          + " more.",
      true);

  final int status;
  final String title;
  final String sentence;

  /** False only for a foreign Host, whose page must not even point at our stylesheet. */
  final boolean ours;

  Refusal(int status, String title, String sentence, boolean ours) {
    this.status = status;
    this.title = title;
    this.sentence = sentence;
    this.ours = ours;
  }

  /** The whole page: constant text, nothing of the request in it, no script, no inline style. */
  String page() {
    StringBuilder html =
        new StringBuilder(600)
            .append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .append("<meta name=\"color-scheme\" content=\"light dark\">\n")
            .append("<title>")
            .append(title)
            .append("</title>\n");
    if (ours) {
      html.append("<link rel=\"stylesheet\" href=\"/assets/app.css\">\n");
    }
    html.append("</head>\n<body>\n<main class=\"refused\">\n<h1>")
        .append(title)
        .append("</h1>\n<p>")
        .append(sentence)
        .append("</p>\n");
    if (ours) {
      html.append("<p><a href=\"/\">Open the page again</a></p>\n");
    }
    return html.append("</main>\n</body>\n</html>\n").toString();
  }
}
