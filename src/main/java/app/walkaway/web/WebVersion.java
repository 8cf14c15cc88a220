package app.walkaway.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version written into the jar at build time, for the evidence report's footer. */
final class WebVersion {
  private static final String RESOURCE = "/app/walkaway/version.properties";

  private WebVersion() {}

  static String current() {
    try (InputStream in = WebVersion.class.getResourceAsStream(RESOURCE)) {
      Properties props = new Properties();
      if (in != null) {
        props.load(in);
      }
      return props.getProperty("version", "dev");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
