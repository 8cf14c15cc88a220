package app.walkaway.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .ico and .icns read back entry by entry: each holds the committed PNG of its size. */
class IconFilesTest {
  private static final Layout LAYOUT = Layout.of(Path.of(""));

  @TempDir Path temp;

  @Test
  void theCommittedPngsHaveTheSizeTheirNamesSay() throws IOException {
    for (String stem : new String[] {"walkaway", "neutral"}) {
      for (int size : new int[] {16, 32, 48, 64, 128, 256, 512, 1024}) {
        var image = ImageIO.read(LAYOUT.icon(stem, size).toFile());
        assertThat(image.getWidth()).as(stem + " " + size).isEqualTo(size);
        assertThat(image.getHeight()).as(stem + " " + size).isEqualTo(size);
      }
    }
  }

  @Test
  void anIcoHoldsEachSizeAsItsPng() throws IOException {
    Path ico = temp.resolve("app.ico");
    IconFiles.writeIco(pngs("neutral"), ico);

    ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(ico)).order(ByteOrder.LITTLE_ENDIAN);
    assertThat(bytes.getShort(0)).isZero();
    assertThat(bytes.getShort(2)).as("type: icon").isEqualTo((short) 1);
    assertThat(bytes.getShort(4)).isEqualTo((short) IconFiles.ICO_SIZES.size());
    for (int i = 0; i < IconFiles.ICO_SIZES.size(); i++) {
      int size = IconFiles.ICO_SIZES.get(i);
      int entry = 6 + 16 * i;
      int side = Byte.toUnsignedInt(bytes.get(entry));
      assertThat(side == 0 ? 256 : side).isEqualTo(size);
      byte[] png = slice(bytes, bytes.getInt(entry + 12), bytes.getInt(entry + 8));
      assertThat(png).isEqualTo(Files.readAllBytes(LAYOUT.icon("neutral", size)));
    }
  }

  @Test
  void anIcnsHoldsEachTypeAsThePngOfItsSize() throws IOException {
    Path icns = temp.resolve("app.icns");
    IconFiles.writeIcns(pngs("walkaway"), icns);

    byte[] all = Files.readAllBytes(icns);
    ByteBuffer bytes = ByteBuffer.wrap(all).order(ByteOrder.BIG_ENDIAN);
    assertThat(new String(all, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("icns");
    assertThat(bytes.getInt(4)).as("total length").isEqualTo(all.length);
    Map<String, byte[]> found = new LinkedHashMap<>();
    for (int at = 8; at < all.length; at += bytes.getInt(at + 4)) {
      found.put(
          new String(all, at, 4, StandardCharsets.US_ASCII),
          slice(bytes, at + 8, bytes.getInt(at + 4) - 8));
    }
    assertThat(found).containsOnlyKeys(IconFiles.ICNS_TYPES.keySet());
    for (var type : IconFiles.ICNS_TYPES.entrySet()) {
      byte[] png = found.get(type.getKey());
      assertThat(png).isEqualTo(Files.readAllBytes(LAYOUT.icon("walkaway", type.getValue())));
      assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(type.getValue());
    }
  }

  private static Map<Integer, Path> pngs(String stem) {
    Map<Integer, Path> pngs = new TreeMap<>();
    for (int size : new int[] {16, 32, 48, 64, 128, 256, 512, 1024}) {
      pngs.put(size, LAYOUT.icon(stem, size));
    }
    return pngs;
  }

  private static byte[] slice(ByteBuffer bytes, int offset, int length) {
    return Arrays.copyOfRange(bytes.array(), offset, offset + length);
  }
}
