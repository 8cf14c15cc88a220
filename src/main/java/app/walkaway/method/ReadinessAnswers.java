package app.walkaway.method;

import java.util.Objects;

/**
 * Her answers to the readiness questions of METHOD.md §1, in the order they are asked.
 *
 * @param situation the situation id that fits best, or empty
 * @param acceptLoss could she live with it ending for good
 * @param talkedFirst has she told him plainly what she needs and given it a chance
 * @param ownPart has she looked honestly at her own part
 * @param motive is part of it about punishing him or proving something (YES is the worry)
 * @param harm has he ever threatened, hurt or frightened her
 * @param control does he control who she sees, where she goes, her phone or money
 */
public record ReadinessAnswers(
    String situation,
    Answer acceptLoss,
    Answer talkedFirst,
    Answer ownPart,
    Answer motive,
    Answer harm,
    Answer control) {

  public ReadinessAnswers {
    Objects.requireNonNull(situation, "situation");
    Objects.requireNonNull(acceptLoss, "acceptLoss");
    Objects.requireNonNull(talkedFirst, "talkedFirst");
    Objects.requireNonNull(ownPart, "ownPart");
    Objects.requireNonNull(motive, "motive");
    Objects.requireNonNull(harm, "harm");
    Objects.requireNonNull(control, "control");
  }
}
