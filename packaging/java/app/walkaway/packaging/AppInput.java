package app.walkaway.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.sqlite.util.OSInfo;

/**
 * What jpackage copies into the app: the jar (renamed in a discreet build) and its libraries, with
 * sqlite-jdbc cut down to this machine's native library, which is also laid beside the jars so that
 * sqlite-jdbc loads it from there instead of unpacking it into the temporary folder at every start
 * ({@code -Dorg.sqlite.lib.path}, see {@link Launch}).
 */
final class AppInput {
  static final String NATIVE_FOLDER = "native";
  private static final String SQLITE_NATIVES = "org/sqlite/native/";

  private AppInput() {}

  /** Lays the app's files out in a fresh folder under target/package; returns it. */
  static Path stage(Layout layout, Identity identity) {
    Path input = layout.work().resolve("input-" + identity.packageName());
    Trees.delete(input);
    try {
      Files.createDirectories(input.resolve("lib"));
      Files.copy(layout.jar(), input.resolve(identity.jarName()));
      List<Path> jars = ModuleSet.jars(layout);
      for (Path jar : jars.subList(1, jars.size())) { // the first is the app's own
        Path copy = input.resolve("lib").resolve(jar.getFileName());
        if (jar.getFileName().toString().startsWith("sqlite-jdbc-")) {
          keepOwnNativeOnly(jar, copy, input.resolve(NATIVE_FOLDER));
        } else {
          Files.copy(jar, copy, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(input + ": cannot lay out the app's files", e);
    }
    return input;
  }

  /**
   * Copies sqlite-jdbc's jar without the native libraries of other systems (13 of its 15 MB), and
   * writes this system's one into {@code nativeDir} as well. The copy in the jar stays: should the
   * one beside it fail to load, sqlite-jdbc unpacks that one as it always does.
   */
  static void keepOwnNativeOnly(Path jar, Path copy, Path nativeDir) throws IOException {
    String own = SQLITE_NATIVES + OSInfo.getNativeLibFolderPathForCurrentOS() + "/";
    boolean found = false;
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        String name = entry.getName();
        if (name.startsWith(SQLITE_NATIVES) && !own.startsWith(name) && !name.startsWith(own)) {
          continue; // another system's library, or its folder
        }
        out.putNextEntry(new ZipEntry(name));
        if (!entry.isDirectory() && name.startsWith(own)) {
          found = true;
          byte[] library = in.readAllBytes();
          out.write(library);
          writeBeside(nativeDir, name.substring(own.length()), library);
        } else {
          in.transferTo(out);
        }
        out.closeEntry();
      }
    }
    if (!found) {
      throw new PackagingException(
          jar + " has no native library for this system under " + own + ": cannot package here");
    }
  }

  private static void writeBeside(Path nativeDir, String fileName, byte[] library)
      throws IOException {
    Files.createDirectories(nativeDir);
    try (OutputStream out = Files.newOutputStream(nativeDir.resolve(fileName))) {
      out.write(library);
    }
  }

  /** The jar's own version, as Maven wrote it into the manifest ("0.1.0"). */
  static String version(Layout layout) {
    try (InputStream in = Files.newInputStream(layout.jar());
        java.util.jar.JarInputStream jar = new java.util.jar.JarInputStream(in)) {
      String version =
          jar.getManifest() == null
              ? null
              : jar.getManifest().getMainAttributes().getValue("Implementation-Version");
      if (version == null || !version.matches("\\d+(\\.\\d+){0,2}")) {
        throw new PackagingException(
            layout.jar()
                + ": its manifest's Implementation-Version is '"
                + version
                + "'; jpackage needs one to three numbers such as 0.1.0");
      }
      return version;
    } catch (IOException e) {
      throw new UncheckedIOException(layout.jar() + ": cannot read its manifest", e);
    }
  }
}
