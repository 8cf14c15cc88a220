package app.walkaway.method;

import java.util.Locale;

/** Something that just happened and changes today's guidance; listed by priority. */
public enum Trigger {
  /** Any red flag: safety first, no game plan. */
  RED_FLAG,
  /** The plan starts on a later date. */
  NOT_STARTED,
  /** She slipped yesterday or today. */
  SLIPPED,
  /** He reached out yesterday or today, soft plan: answer slowly and briefly. */
  REACHED_OUT_SOFT,
  /** He reached out yesterday or today, strict plan: no need to answer. */
  REACHED_OUT_STRICT,
  /** She logged an urge yesterday or today. */
  URGE,
  /** Weeks without any sign from him. */
  LONG_SILENCE;

  /** The key used in the playbook data, e.g. {@code reached-out-soft}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
