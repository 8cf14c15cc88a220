package app.walkaway.packaging;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Windows' .ico and macOS' .icns, assembled from the committed PNGs so a build needs no icon tool.
 * Both formats may hold PNG images as they are: an .ico since Windows Vista, an .icns since OS X
 * 10.7 (for the types written here), which is every system the JDK still runs on.
 */
final class IconFiles {
  /** The sizes an .ico holds: the shell picks among them (256 for large views, 16 in lists). */
  static final List<Integer> ICO_SIZES = List.of(16, 32, 48, 256);

  /**
   * The .icns types holding PNG data, by pixel size (Apple's "ic07" to "ic14"; the @2x types are
   * the same pixels as the next size up, for Retina screens).
   */
  static final Map<String, Integer> ICNS_TYPES = icnsTypes();

  private IconFiles() {}

  private static Map<String, Integer> icnsTypes() {
    Map<String, Integer> types = new LinkedHashMap<>();
    types.put("ic07", 128);
    types.put("ic08", 256);
    types.put("ic09", 512);
    types.put("ic10", 1024); // 512@2x
    types.put("ic11", 32); // 16@2x
    types.put("ic12", 64); // 32@2x
    types.put("ic13", 256); // 128@2x
    types.put("ic14", 512); // 256@2x
    return types;
  }

  /** Writes an .ico of the PNGs {@code pngBySize} names, at {@link #ICO_SIZES}. */
  static void writeIco(Map<Integer, Path> pngBySize, Path ico) {
    List<byte[]> images = new ArrayList<>();
    for (int size : ICO_SIZES) {
      images.add(read(pngBySize, size));
    }
    int headerSize = 6 + 16 * images.size();
    ByteBuffer header = ByteBuffer.allocate(headerSize).order(ByteOrder.LITTLE_ENDIAN);
    header.putShort((short) 0).putShort((short) 1).putShort((short) images.size());
    int offset = headerSize;
    for (int i = 0; i < images.size(); i++) {
      int size = ICO_SIZES.get(i);
      byte side = (byte) (size >= 256 ? 0 : size); // 0 means 256 in an ICONDIRENTRY
      header.put(side).put(side).put((byte) 0).put((byte) 0);
      header.putShort((short) 1).putShort((short) 32);
      header.putInt(images.get(i).length).putInt(offset);
      offset += images.get(i).length;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(header.array());
    images.forEach(out::writeBytes);
    write(ico, out.toByteArray());
  }

  /** Writes an .icns of the PNGs {@code pngBySize} names, one entry per {@link #ICNS_TYPES}. */
  static void writeIcns(Map<Integer, Path> pngBySize, Path icns) {
    ByteArrayOutputStream entries = new ByteArrayOutputStream();
    for (Map.Entry<String, Integer> type : ICNS_TYPES.entrySet()) {
      byte[] png = read(pngBySize, type.getValue());
      entries.writeBytes(type.getKey().getBytes(StandardCharsets.US_ASCII));
      entries.writeBytes(bigEndian(8 + png.length)); // the length counts the entry's header
      entries.writeBytes(png);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("icns".getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(bigEndian(8 + entries.size()));
    out.writeBytes(entries.toByteArray());
    write(icns, out.toByteArray());
  }

  private static byte[] bigEndian(int value) {
    return ByteBuffer.allocate(4).order(ByteOrder.BIG_ENDIAN).putInt(value).array();
  }

  private static byte[] read(Map<Integer, Path> pngBySize, int size) {
    Path png = pngBySize.get(size);
    if (png == null) {
      throw new PackagingException("no " + size + " px PNG given for the icon");
    }
    try {
      return Files.readAllBytes(png);
    } catch (IOException e) {
      throw new UncheckedIOException(png + ": cannot read the icon", e);
    }
  }

  private static void write(Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot write the icon", e);
    }
  }
}
