package io.tokenledger.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The desktop shell's MVVM rules (STYLE.md): view-models and services stay toolkit-free. */
@AnalyzeClasses(
    packages = "io.tokenledger.app",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ViewModelArchitectureTest {

  @ArchTest
  static final ArchRule viewModelsDoNotTouchTheSceneGraph =
      noClasses()
          .that()
          .haveSimpleNameEndingWith("ViewModel")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.controlsfx..")
          .because(
              "view-models hold state and commands only, so that their tests run with the"
                  + " synchronous executor and no JavaFX toolkit");

  @ArchTest
  static final ArchRule tasksAndDialogContractsAreToolkitFree =
      noClasses()
          .that()
          .haveFullyQualifiedName("io.tokenledger.app.task.TaskExecutor")
          .or()
          .haveFullyQualifiedName("io.tokenledger.app.task.BackgroundTask")
          .or()
          .haveFullyQualifiedName("io.tokenledger.app.dialog.DialogService")
          .or()
          .resideInAPackage("io.tokenledger.app.workspace")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.application..")
          .because("view-models depend on these contracts and must not pull the toolkit in");

  @ArchTest
  static final ArchRule onlyTheShellStartsTheToolkit =
      noClasses()
          .that()
          .resideOutsideOfPackages("io.tokenledger.app.shell..", "io.tokenledger.app.task..")
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("javafx.application.Platform")
          .because(
              "threading belongs to the task executor and the shell; pages use BackgroundTask");
}
