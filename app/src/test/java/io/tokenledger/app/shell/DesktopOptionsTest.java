package io.tokenledger.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DesktopOptionsTest {

  @Test
  void noArgumentsMeansTheDemoWorkspaceInAWindowForAPerson() {
    DesktopOptions options = DesktopOptions.parse(List.of());

    assertThat(options.workspace()).isEmpty();
    assertThat(options.unattended()).isFalse();
    assertThat(options.dark()).isFalse();
  }

  @Test
  void everyOptionIsReadInBothSpellings() {
    DesktopOptions options =
        DesktopOptions.parse(
            List.of(
                "--workspace",
                "a.tlw",
                "--screenshot=shot.png",
                "--dark",
                "--debug",
                "--page",
                "Explore"));

    assertThat(options.workspace()).contains(Path.of("a.tlw"));
    assertThat(options.screenshot()).isEqualTo(Optional.of(Path.of("shot.png")));
    assertThat(options.dark()).isTrue();
    assertThat(options.debug()).isTrue();
    assertThat(options.unattended()).isTrue();
    assertThat(options.page()).contains(Page.EXPLORE);
  }

  @Test
  void anUnknownPageNamesTheKnownOnes() {
    assertThatThrownBy(() -> DesktopOptions.parse(List.of("--page=charts")))
        .hasMessageStartingWith("Unknown page 'charts'; pages: sources, explore,");
  }

  @Test
  void smokeIsUnattended() {
    assertThat(DesktopOptions.parse(List.of("--smoke")).unattended()).isTrue();
  }

  @Test
  void aMissingFileOrUnknownOptionIsAnError() {
    assertThatThrownBy(() -> DesktopOptions.parse(List.of("--workspace")))
        .hasMessage("--workspace needs a file");
    assertThatThrownBy(() -> DesktopOptions.parse(List.of("--colour")))
        .hasMessageContaining("--colour");
  }
}
