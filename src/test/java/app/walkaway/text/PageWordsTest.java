package app.walkaway.text;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.method.Item;
import app.walkaway.method.Playbook;
import app.walkaway.method.Tactic;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No playbook text a page shows names a command (VOICE.md rule 2). */
class PageWordsTest {

  @Test
  void noPlaybookTextNamesACommandOnAPage() {
    Playbook playbook = Playbook.load();
    List<String> shown = new ArrayList<>();
    for (String id : playbook.ids()) {
      Item item = PageWords.forPage(playbook.item(id));
      shown.add(item.text());
      shown.add(item.help());
    }
    for (Tactic tactic : playbook.tactics()) {
      shown.add(PageWords.forPage(tactic.soft()));
      shown.add(PageWords.forPage(tactic.strict()));
    }
    assertThat(shown).noneMatch(text -> text.matches("(?s).*\\bwalkaway [a-z].*"));
  }

  @Test
  void aCommandAsideGoesAndTheSentenceStillReads() {
    assertThat(PageWords.forPage("Put the words in Walkaway (walkaway log urge). Read them."))
        .isEqualTo("Put the words in Walkaway. Read them.");
    assertThat(
            PageWords.forPage(
                "walkaway today shows the days since you started; walkaway analyze shows what"
                    + " changed."))
        .isEqualTo("Today shows the days since you started; the read-out shows what changed.");
  }
}
