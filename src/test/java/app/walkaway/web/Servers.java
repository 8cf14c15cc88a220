package app.walkaway.web;

import static org.assertj.core.api.Assertions.assertThat;

/** Starts a server for a test and insists it started. */
final class Servers {
  private Servers() {}

  static WebApp start(WebConfig config) {
    Startup startup = WebApp.start(config);
    assertThat(startup).isInstanceOf(Startup.Running.class);
    return ((Startup.Running) startup).app();
  }
}
