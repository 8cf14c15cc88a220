package app.walkaway.cli;

import app.walkaway.safety.RedFlag;
import app.walkaway.safety.RedFlags;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Red flags as every command's JSON shows them, the same in {@code analyze}, {@code readout} and
 * {@code today}: {@code [{"kind": "threat", "at": "...", "source": "chat.txt:12", "events": 1}]}.
 */
final class RedFlagsView {
  private RedFlagsView() {}

  static ArrayNode json(ObjectMapper mapper, RedFlags flags) {
    ArrayNode array = mapper.createArrayNode();
    for (Map<String, Object> flag : list(flags)) {
      array.addPOJO(flag);
    }
    return array;
  }

  /** The same, as plain maps, for a document built of maps. */
  static List<Map<String, Object>> list(RedFlags flags) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (RedFlag flag : flags.all()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("kind", flag.kind().label());
      item.put("at", flag.at().toString());
      item.put("source", flag.events().get(0).source().toString());
      item.put("events", flag.events().size());
      list.add(item);
    }
    return list;
  }
}
