package app.walkaway.web.view;

/** The navigation, in the order she sees it. Safety is always in it, never behind a menu. */
public enum Section {
  TODAY("Today", "/today"),
  READOUT("Read-out", "/readout"),
  INSIGHTS("Insights", "/insights"),
  TIMELINE("Timeline", "/timeline"),
  PLAN("Plan", "/plan"),
  IMPORT("Import", "/import"),
  SAFETY("Safety", "/safety"),
  SETTINGS("Settings", "/settings");

  private final String label;
  private final String path;

  Section(String label, String path) {
    this.label = label;
    this.path = path;
  }

  public String label() {
    return label;
  }

  public String path() {
    return path;
  }
}
