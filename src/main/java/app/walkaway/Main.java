package app.walkaway;

import app.walkaway.cli.Cli;

/** Entry point of the command line and of {@code java -jar walkaway.jar}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(Cli.run(args));
  }
}
