package app.walkaway.web;

/** The two screens every page is tried on. */
enum Width {
  PHONE(390, 844),
  DESKTOP(1280, 860);

  final int width;
  final int height;

  Width(int width, int height) {
    this.width = width;
    this.height = height;
  }

  String suffix() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
