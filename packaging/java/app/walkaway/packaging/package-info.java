/**
 * Builds Walkaway as an app she can open without installing Java: a trimmed runtime (jlink), an app
 * image and an installer for the machine it runs on (jpackage). Build tooling, not part of the app:
 * run by {@code ./mvnw -Ppackage package}, and by the app-image test in {@code verify}.
 */
package app.walkaway.packaging;
