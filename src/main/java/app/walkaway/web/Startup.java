package app.walkaway.web;

/** What happened when the server was asked to start. */
public sealed interface Startup {

  /** Serving; close it to stop and lock. */
  record Running(WebApp app) implements Startup {}

  /** Another program already listens on this port of 127.0.0.1. */
  record PortTaken(int port) implements Startup {}
}
