package app.walkaway.signals;

import org.junit.jupiter.api.Test;

/**
 * The rules on each author's set, tables only (no messages): the first author's old corpora, the
 * second author's {@code blind/dev} and the third author's {@code blind/dev2}. A set the rules were
 * tuned on gives a same-author figure (flattering); a set they never saw gives the honest
 * cross-author estimate. Run alone: {@code ./mvnw -o -q -Dtest=BlindCrossAuthorTest test}.
 */
class BlindCrossAuthorTest {
  @Test
  void printsEachAuthorsTable() {
    for (BlindCorpus corpus :
        java.util.List.of(
            BlindCorpus.old(),
            BlindCorpus.load("dev"),
            BlindCorpus.load("dev2").half(0),
            BlindCorpus.load("dev2").half(1))) {
      System.out.println(new BlindScore(corpus).table(corpus.set()));
      System.out.println(
          new BlindScore(corpus, true)
              .languageTable(
                  corpus.set() + " with the second opinion (trained on old, dev, dev2a, own)"));
    }
  }
}
