package app.walkaway.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** A broken playbook file fails loudly, naming the item; the shipped one reads cleanly. */
class PlaybookReaderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Playbook readChanged(Consumer<ObjectNode> change) throws IOException {
    try (InputStream in = Playbook.class.getResourceAsStream(Playbook.RESOURCE)) {
      ObjectNode root = (ObjectNode) JSON.readTree(in);
      change.accept(root);
      return PlaybookReader.read(
          new ByteArrayInputStream(JSON.writeValueAsBytes(root)), "playbook.json");
    }
  }

  private static ObjectNode first(ObjectNode root, String section) {
    return (ObjectNode) root.withArray(section).get(0);
  }

  @Test
  void theUnchangedFileReads() throws IOException {
    assertThat(readChanged(root -> {}).ids()).hasSizeGreaterThan(90);
  }

  @Test
  void aDuplicateIdIsNamed() {
    assertThatThrownBy(
            () -> readChanged(root -> first(root, "cautions").put("id", "caution.own-part")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("playbook.json: item id 'caution.own-part' is used twice");
  }

  @Test
  void aNextStepThatDoesNotExistIsNamed() {
    assertThatThrownBy(
            () ->
                readChanged(
                    root -> ((ArrayNode) first(root, "outcomes").get("next")).add("next.x")))
        .hasMessageContaining("unknown item id 'next.x'");
  }

  @Test
  void aContestedTacticWithoutAWarningIsRefused() {
    assertThatThrownBy(
            () ->
                readChanged(
                    root -> {
                      for (var tactic : root.withArray("tactics")) {
                        ((ObjectNode) tactic).remove("warning");
                      }
                    }))
        .hasMessageContaining("tactic.dating-others")
        .hasMessageContaining("warning");
  }

  @Test
  void aMissingStrictVariantOrWrongPrefixIsRefused() {
    assertThatThrownBy(() -> readChanged(root -> first(root, "tactics").remove("strict")))
        .hasMessageContaining("tactic.no-first-contact: 'strict' is missing");
    assertThatThrownBy(() -> readChanged(root -> first(root, "signals").put("id", "sig.x")))
        .hasMessageContaining("should start with 'signal.'");
  }

  @Test
  void aTypoInAKeyIsRefused() {
    assertThatThrownBy(() -> readChanged(root -> first(root, "cautions").put("hlep", "x")))
        .hasMessageContaining("hlep");
  }

  @Test
  void aStageWithoutItemsIsRefused() {
    assertThatThrownBy(() -> readChanged(root -> root.with("stages").remove("first-week")))
        .hasMessageContaining("no items listed for 'first-week'");
  }
}
