package app.walkaway.web.view;

/**
 * One of the first steps after the vault is made.
 *
 * @param key which part it shows: name, readiness, plan or import
 * @param number its place, from 1
 * @param title what it is about
 * @param next the address of the step after it (Today after the last)
 */
public record FirstStep(String key, int number, String title, String next) {
  public static final int COUNT = 4;

  /** The last step leads to Today, not to another step. */
  public boolean last() {
    return number == COUNT;
  }
}
