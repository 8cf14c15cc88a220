package app.walkaway.packaging;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where packaging reads and writes: the jar Maven built and its libraries, the icons, and a work
 * folder under target/package that a clean deletes. The linked runtime stays there between builds
 * and is made again only when what it was made from changes.
 *
 * @param project the checkout's root (holds pom.xml and packaging/)
 * @param target Maven's build folder (holds walkaway.jar and lib/)
 */
record Layout(Path project, Path target) {
  Layout {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(target, "target");
  }

  /** The usual layout of a checkout: its build folder is target/. */
  static Layout of(Path project) {
    Path root = project.toAbsolutePath().normalize();
    return new Layout(root, root.resolve("target"));
  }

  Path jar() {
    return target.resolve("walkaway.jar");
  }

  Path libraries() {
    return target.resolve("lib");
  }

  Path icon(String stem, int size) {
    return project.resolve("packaging/icons/" + stem + "-" + size + ".png");
  }

  Path work() {
    return target.resolve("package");
  }

  Path runtime() {
    return work().resolve("runtime");
  }

  /** The app images, one folder per name (Walkaway, or her discreet name). */
  Path images() {
    return work().resolve("image");
  }

  Path installers() {
    return work().resolve("installer");
  }

  /** Checks that Maven has built what packaging starts from, and says what to run if not. */
  void requireBuilt() {
    if (!Files.isRegularFile(jar()) || !Files.isDirectory(libraries())) {
      throw new PackagingException(
          jar()
              + " or "
              + libraries()
              + " is missing: packaging starts from the built jar; run ./mvnw -Ppackage package");
    }
  }
}
