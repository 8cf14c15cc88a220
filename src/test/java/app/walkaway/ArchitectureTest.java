package app.walkaway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of ARCHITECTURE.md, enforced: edges (cli, web, security, report) → service → readout,
 * method, safety → signals, analysis, importer → event. Only service touches the vault, and the
 * vault knows nothing but events. Wording ({@code text}) is used by the edges and the service and
 * words core values; it never reaches up. Each layer may use any layer below it, never one above.
 * Layers with no classes yet (web, security) are optional.
 */
@AnalyzeClasses(packages = "app.walkaway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final String ENTRY = "Entry point";
  private static final String EDGES = "Edges";
  private static final String SERVICE = "Service";
  private static final String DOMAIN = "Domain";
  private static final String CORE = "Core";
  private static final String EVENT = "Event";
  private static final String VAULT = "Vault";
  private static final String TEXT = "Text";

  @ArchTest
  static final ArchRule layers =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .withOptionalLayers(true)
          .layer(ENTRY)
          .definedBy("app.walkaway")
          .layer(EDGES)
          .definedBy(
              "app.walkaway.cli..",
              "app.walkaway.web..",
              "app.walkaway.security..",
              "app.walkaway.report..")
          .layer(SERVICE)
          .definedBy("app.walkaway.service..")
          .layer(TEXT)
          .definedBy("app.walkaway.text..")
          .layer(DOMAIN)
          .definedBy("app.walkaway.readout..", "app.walkaway.method..", "app.walkaway.safety..")
          .layer(CORE)
          .definedBy("app.walkaway.signals..", "app.walkaway.analysis..", "app.walkaway.importer..")
          .layer(VAULT)
          .definedBy("app.walkaway.vault..")
          .layer(EVENT)
          .definedBy("app.walkaway.event..")
          .whereLayer(ENTRY)
          .mayNotBeAccessedByAnyLayer()
          .whereLayer(EDGES)
          .mayOnlyBeAccessedByLayers(ENTRY)
          .whereLayer(SERVICE)
          .mayOnlyBeAccessedByLayers(EDGES)
          .whereLayer(TEXT)
          .mayOnlyBeAccessedByLayers(EDGES, SERVICE)
          .whereLayer(TEXT)
          .mayOnlyAccessLayers(DOMAIN, CORE, EVENT)
          .whereLayer(DOMAIN)
          .mayOnlyBeAccessedByLayers(EDGES, SERVICE, TEXT)
          .whereLayer(CORE)
          .mayOnlyBeAccessedByLayers(EDGES, SERVICE, TEXT, DOMAIN)
          .whereLayer(VAULT)
          .mayOnlyBeAccessedByLayers(SERVICE)
          .whereLayer(VAULT)
          .mayOnlyAccessLayers(EVENT)
          .whereLayer(EVENT)
          .mayNotAccessAnyLayer()
          .because("each layer uses only those below it, and only the service touches the vault");

  @ArchTest
  static final ArchRule onlyTheCommandLineUsesPicocli =
      noClasses()
          .that()
          .resideOutsideOfPackage("app.walkaway.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("picocli..", "me.tongfei.progressbar..")
          .because("the core and the service are shared by every edge; options are the CLI's");

  @ArchTest
  static final ArchRule onlyTheWebUsesTheWebServer =
      noClasses()
          .that()
          .resideOutsideOfPackages("app.walkaway.web..", "app.walkaway.security..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.javalin..", "gg.jte..", "org.eclipse.jetty..")
          .because("pages are one edge; the service under them knows no HTTP");
}
