package io.tokenledger.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering rules of docs/architecture.md, checked on every build: dependencies point one way
 * ({@code app -> importers -> engine}, {@code app -> sample-data}), and only the app knows JavaFX.
 */
@AnalyzeClasses(packages = "io.tokenledger", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule engineHasNoJavaFx =
      noClasses()
          .that()
          .resideInAPackage("io.tokenledger.engine..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("javafx..")
          .because(
              "the engine runs headless (command line, tests, scheduled packs) and must not need a toolkit");

  @ArchTest
  static final ArchRule importersHaveNoJavaFx =
      noClasses()
          .that()
          .resideInAPackage("io.tokenledger.importers..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("javafx..")
          .because("imports run from the command line too; progress goes through ProgressListener");

  @ArchTest
  static final ArchRule engineKnowsNothingAbove =
      noClasses()
          .that()
          .resideInAPackage("io.tokenledger.engine..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.tokenledger.importers..", "io.tokenledger.app..", "io.tokenledger.sampledata..")
          .because("dependencies point one way: app -> importers -> engine");

  @ArchTest
  static final ArchRule importersKnowNothingOfTheApp =
      noClasses()
          .that()
          .resideInAPackage("io.tokenledger.importers..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.tokenledger.app..", "io.tokenledger.sampledata..")
          .because(
              "importers are a library the app composes; demo data is made through them, not in them");

  @ArchTest
  static final ArchRule sampleDataOnlyWritesFiles =
      noClasses()
          .that()
          .resideInAPackage("io.tokenledger.sampledata..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.tokenledger.engine..", "io.tokenledger.importers..", "io.tokenledger.app..")
          .because(
              "the demo workspace must be built by importing generated files through the real importers");

  @ArchTest
  static final ArchRule viewModelsHaveNoScene =
      classes()
          .that()
          .haveSimpleNameEndingWith("ViewModel")
          .should()
          .onlyDependOnClassesThat()
          .resideOutsideOfPackages("javafx.scene..")
          .allowEmptyShould(true)
          .because("view-models hold state and commands and are tested without a toolkit (MVVM)");

  @ArchTest
  static final ArchRule engineFeaturesAreFreeOfCycles =
      slices()
          .matching("io.tokenledger.engine.(*)..")
          .should()
          .beFreeOfCycles()
          .because("feature packages must be understandable and testable one at a time");

  @ArchTest
  static final ArchRule importerFormatsAreIndependent =
      slices()
          .matching("io.tokenledger.importers.(*)..")
          .should()
          .beFreeOfCycles()
          .because("one importer per format: formats share helpers, never each other");
}
