package app.walkaway.safety.help;

/** What a line is for. */
public enum Purpose {
  /** Police, ambulance or fire: for danger now. */
  EMERGENCY,
  /** Advice and support for anyone living with domestic abuse. */
  DOMESTIC_ABUSE,
  /** Advice and support for women who face violence of any kind, domestic abuse included. */
  VIOLENCE_AGAINST_WOMEN
}
