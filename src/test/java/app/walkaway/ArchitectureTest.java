package app.walkaway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the core (everything but the edges) free of the command line and the web server. */
@AnalyzeClasses(packages = "app.walkaway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final String[] CORE = {
    "app.walkaway.event..",
    "app.walkaway.importer..",
    "app.walkaway.vault..",
    "app.walkaway.analysis..",
    "app.walkaway.signals..",
    "app.walkaway.method..",
    "app.walkaway.safety.."
  };

  @ArchTest
  static final ArchRule coreDoesNotUseTheEdges =
      noClasses()
          .that()
          .resideInAnyPackage(CORE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("app.walkaway.cli..", "app.walkaway.web..", "picocli..")
          .because("the core is pure and reusable; the command line and web are thin edges");

  @ArchTest
  static final ArchRule coreDoesNotUseTheEntryPoint =
      noClasses()
          .that()
          .resideInAnyPackage(CORE)
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("app.walkaway.Main");

  @ArchTest
  static final ArchRule eventVocabularyStandsAlone =
      noClasses()
          .that()
          .resideInAPackage("app.walkaway.event..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "app.walkaway.importer..",
              "app.walkaway.vault..",
              "app.walkaway.analysis..",
              "app.walkaway.signals..",
              "app.walkaway.method..",
              "app.walkaway.safety..")
          .because("every capability speaks the event vocabulary, not the other way round");
}
