package app.walkaway.safety;

import app.walkaway.event.Actor;
import app.walkaway.event.Event;
import app.walkaway.signals.Behaviour;
import app.walkaway.signals.BehaviourFinder;
import app.walkaway.signals.EventSignal;
import app.walkaway.signals.Signal;
import app.walkaway.signals.SignalDetector;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The one red-flag detector: his words (by the signals lexicons) and what he does (by the behaviour
 * patterns), and the {@link Danger} rule over them. The read-out, today's guidance, the flags the
 * vault keeps at import and the risk screen all ask here, so they cannot disagree.
 *
 * <p>Where the four earlier copies disagreed, the careful choice was taken: never miss danger, and
 * never count her own actions as his.
 *
 * <ul>
 *   <li>Calls: three or more from him within half an hour are a flood (not five within an hour):
 *       nobody needs three calls in thirty minutes to reach a person, and the stricter count would
 *       miss the bursts people actually describe.
 *   <li>Her "please stop": her first one counts (never one logged as someone else's), and every
 *       contact from him after it crosses it, even if she answered him later: people answer out of
 *       fear, and a boundary is not withdrawn by a reply.
 *   <li>Visits: only his (a visit she logs as hers is never his behaviour), and only since she
 *       stepped back; before that they were together.
 *   <li>Threats, stalking and threats of self-harm count from any time; insults, pressure, bursts
 *       and floods count from {@link #RECENT} before her start (how he is now, not years ago).
 * </ul>
 */
public final class RedFlagDetector {
  /** Insults, pressure, bursts and floods count from this long before her start. */
  public static final Duration RECENT = Duration.ofDays(56);

  private static final RedFlagDetector STANDARD =
      new RedFlagDetector(
          events -> SignalDetector.forChat(SignalDetector.languageOf(events)),
          SignalDetector.standard(),
          BehaviourFinder.standard());

  private static final Set<RedFlagKind> SEVERE =
      EnumSet.of(RedFlagKind.THREAT, RedFlagKind.STALKING, RedFlagKind.SELF_HARM);
  private static final Set<RedFlagKind> ABUSE =
      EnumSet.of(RedFlagKind.INSULT, RedFlagKind.PRESSURE);
  private static final Set<RedFlagKind> PUSHING =
      EnumSet.of(RedFlagKind.CALL_FLOOD, RedFlagKind.MESSAGE_FLOOD);

  private final Function<List<Event>, SignalDetector> wordsOfAChat;
  private final SignalDetector words;
  private final BehaviourFinder patterns;

  /** A detector that reads every timeline's words with {@code words} (e.g. one language). */
  public RedFlagDetector(SignalDetector words, BehaviourFinder patterns) {
    this(events -> words, words, patterns);
  }

  private RedFlagDetector(
      Function<List<Event>, SignalDetector> wordsOfAChat,
      SignalDetector words,
      BehaviourFinder patterns) {
    this.wordsOfAChat = Objects.requireNonNull(wordsOfAChat, "wordsOfAChat");
    this.words = Objects.requireNonNull(words, "words");
    this.patterns = Objects.requireNonNull(patterns, "patterns");
  }

  public static RedFlagDetector standard() {
    return STANDARD;
  }

  /**
   * Every red flag in {@code events} up to {@code now}, for a plan that started on {@code start}.
   * His words are read with the lexicons of the chat's language, told from his messages among them,
   * as the read-out reads them.
   */
  public RedFlags find(List<Event> events, LocalDate start, LocalDateTime now) {
    List<Event> upToNow = events.stream().filter(e -> !e.at().isAfter(now)).toList();
    SignalDetector chat = wordsOfAChat.apply(upToNow);
    return of(chat.readAll(upToNow), patterns.find(upToNow, now), start);
  }

  /**
   * The same detector reading words with the lexicons of {@code events}' language: for the flags
   * the vault keeps, one export at a time.
   */
  public RedFlagDetector forChatOf(List<Event> events) {
    SignalDetector chat = wordsOfAChat.apply(events);
    return new RedFlagDetector(e -> chat, chat, patterns);
  }

  /**
   * The red flags among signals and patterns a caller has already found (with the standard detector
   * and finder) over the events up to now: a read-out that shows them too need not find them twice.
   */
  public static RedFlags of(
      List<EventSignal> signals, List<Behaviour> behaviours, LocalDate start) {
    LocalDateTime stepped = start.atStartOfDay();
    Predicate<LocalDateTime> recent = at -> !at.isBefore(stepped.minus(RECENT));
    List<RedFlag> inWords = new ArrayList<>();
    for (EventSignal found : signals) {
      RedFlagKind.of(found.signal().kind())
          .ifPresent(kind -> inWords.add(new RedFlag.InWords(kind, found)));
    }
    List<RedFlag> inBehaviour = new ArrayList<>();
    for (Behaviour b : behaviours) {
      RedFlagKind.of(b.kind())
          .filter(kind -> counts(kind, b, stepped, recent))
          .ifPresent(kind -> inBehaviour.add(new RedFlag.InBehaviour(kind, b)));
    }
    List<RedFlag> all = new ArrayList<>(inWords);
    all.addAll(inBehaviour);
    all.sort(Comparator.comparing(RedFlag::at));
    Danger danger =
        new Danger(
            only(all, SEVERE::contains, at -> true),
            only(all, k -> k == RedFlagKind.BOUNDARY_IGNORED, at -> true),
            only(all, k -> k == RedFlagKind.SHOWED_UP, at -> true),
            only(all, ABUSE::contains, recent),
            only(all, PUSHING::contains, at -> true));
    return new RedFlags(all, danger);
  }

  /** Whether a pattern is a red flag at all, given when its events happened. */
  private static boolean counts(
      RedFlagKind kind, Behaviour b, LocalDateTime stepped, Predicate<LocalDateTime> recent) {
    return switch (kind) {
      case SHOWED_UP -> b.events().stream().anyMatch(e -> !e.at().isBefore(stepped));
      case CALL_FLOOD, MESSAGE_FLOOD -> b.events().stream().anyMatch(e -> recent.test(e.at()));
      default -> true;
    };
  }

  private static List<RedFlag> only(
      List<RedFlag> flags, Predicate<RedFlagKind> kind, Predicate<LocalDateTime> when) {
    return flags.stream().filter(f -> kind.test(f.kind()) && when.test(f.at())).toList();
  }

  /**
   * The red-flag kinds in one message's words, for the flags the vault keeps when it stores an
   * event: only his words count (hers never make a red flag).
   */
  public Set<RedFlagKind> inWords(Actor who, String text) {
    Set<RedFlagKind> kinds = EnumSet.noneOf(RedFlagKind.class);
    if (who != Actor.THEM || text.isBlank()) {
      return kinds;
    }
    for (Signal signal : words.read(text)) {
      RedFlagKind.of(signal.kind()).ifPresent(kinds::add);
    }
    return kinds;
  }

  /**
   * Identifies the word rules this detector reads with (a digest of the lexicons): when it changes,
   * flags stored with older rules are read again.
   */
  public String wordRulesVersion() {
    return words.rulesDigest();
  }
}
