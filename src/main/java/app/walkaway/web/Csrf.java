package app.walkaway.web;

import app.walkaway.security.Guard;

/**
 * The token every state-changing form and htmx request carries back (a hidden field "csrf", the
 * header X-CSRF-Token), from this one place: the guard's token for the request being served (her
 * session's once she has unlocked, before that the token of the create and unlock forms). The guard
 * refuses a POST without it.
 */
final class Csrf {
  private final Guard guard;

  Csrf(Guard guard) {
    this.guard = guard;
  }

  String token() {
    return guard.token();
  }
}
