package app.walkaway.bench;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Two builds of the importer read the same export in one JVM, turn about: A, B, B, A, A, B... A
 * slow moment of a shared machine then slows both alike, so the ratio of their times is steadier
 * than two JMH runs taken minutes apart. It still tells apart only differences above about 2%: the
 * same build against itself gave 0.996, 1.000, 1.005 and 1.020 in four runs. Each build has its own
 * class loader and so its own compiled code.
 *
 * <p>Usage: {@code ParseAB FILE ROUNDS CLASSES_A CLASSES_B DEPENDENCY_PATH}; prints each build's
 * median time and MB/s over the last two thirds of the rounds, and the median of A's time over B's
 * (above 1: B is faster).
 */
public final class ParseAB {
  private ParseAB() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int rounds = Integer.parseInt(args[1]);
    List<URL> dependencies = new ArrayList<>();
    for (String entry : args[4].split(java.io.File.pathSeparator)) {
      dependencies.add(Path.of(entry).toUri().toURL());
    }
    Runnable[] builds = {
      build(Path.of(args[2]), dependencies, file), build(Path.of(args[3]), dependencies, file)
    };
    double[][] millis = new double[2][rounds];
    for (int round = 0; round < rounds; round++) {
      for (int turn = 0; turn < 2; turn++) {
        int which = round % 2 == 0 ? turn : 1 - turn;
        long start = System.nanoTime();
        builds[which].run();
        millis[which][round] = (System.nanoTime() - start) / 1e6;
      }
    }
    report(millis, rounds / 3, Files.size(file));
  }

  /** One build's importer, reading the whole file on one thread, every entry counted. */
  private static Runnable build(Path classes, List<URL> dependencies, Path file)
      throws ReflectiveOperationException, java.net.MalformedURLException {
    List<URL> path = new ArrayList<>();
    path.add(classes.toUri().toURL());
    path.addAll(dependencies);
    ClassLoader loader =
        new URLClassLoader(path.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
    Class<?> peekType = loader.loadClass("app.walkaway.importer.Peek");
    Object peek = peekType.getMethod("of", Path.class).invoke(null, file);
    Object importer =
        loader
            .loadClass("app.walkaway.importer.Importers")
            .getMethod("require", peekType)
            .invoke(null, peek);
    Class<?> optionsType = loader.loadClass("app.walkaway.importer.ImportOptions");
    Object defaults = optionsType.getMethod("defaults").invoke(null);
    Object options = optionsType.getMethod("withThreads", int.class).invoke(defaults, 1);
    Method read =
        loader
            .loadClass("app.walkaway.importer.ChatImporter")
            .getMethod("read", peekType, optionsType, Consumer.class);
    long[] count = new long[1];
    Consumer<Object> sink = entry -> count[0]++;
    return () -> {
      try {
        read.invoke(importer, peek, options, sink);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    };
  }

  private static void report(double[][] millis, int from, long bytes) {
    double[] ratios = new double[millis[0].length - from];
    for (int i = 0; i < ratios.length; i++) {
      ratios[i] = millis[0][from + i] / millis[1][from + i];
    }
    double a = median(Arrays.copyOfRange(millis[0], from, millis[0].length));
    double b = median(Arrays.copyOfRange(millis[1], from, millis[1].length));
    Arrays.sort(ratios);
    System.out.printf(
        "A %.2f ms (%.1f MB/s)  B %.2f ms (%.1f MB/s)  A/B %.4f (quartiles %.4f-%.4f)%n",
        a,
        bytes / a / 1e3,
        b,
        bytes / b / 1e3,
        ratios[ratios.length / 2],
        ratios[ratios.length / 4],
        ratios[3 * ratios.length / 4]);
  }

  private static double median(double[] values) {
    Arrays.sort(values);
    return values[values.length / 2];
  }
}
