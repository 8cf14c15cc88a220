package app.walkaway.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version written into the jar at build time. */
public final class Version implements IVersionProvider {
  private static final String RESOURCE = "/app/walkaway/version.properties";

  public static String current() {
    try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
      Properties props = new Properties();
      if (in != null) {
        props.load(in);
      }
      return props.getProperty("version", "dev");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {"walkaway " + current()};
  }
}
