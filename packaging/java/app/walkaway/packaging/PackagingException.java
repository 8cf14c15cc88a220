package app.walkaway.packaging;

/** Packaging could not go on: says which step, what went wrong and, where it can, what to do. */
final class PackagingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  PackagingException(String message) {
    super(message);
  }

  PackagingException(String message, Throwable cause) {
    super(message, cause);
  }
}
