package io.tokenledger.engine.showback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShowbackFilesTest {

  @Test
  void splitPackNamesAreSafeAndUnique() {
    Set<String> taken = new HashSet<>();
    Path out = Path.of("packs", "oct.xlsx");

    assertThat(ShowbackFiles.forAudience(out, "=HYPERLINK(\"x\")", taken))
        .isEqualTo(Path.of("packs", "oct-hyperlink-x.xlsx"));
    assertThat(ShowbackFiles.forAudience(out, "Hyperlink X", taken))
        .isEqualTo(Path.of("packs", "oct-hyperlink-x-2.xlsx"));
    assertThat(ShowbackFiles.forAudience(out, "日本", taken))
        .isEqualTo(Path.of("packs", "oct-audience.xlsx"));
    assertThat(ShowbackFiles.forAudience(Path.of("pack"), "../etc", taken))
        .isEqualTo(Path.of("pack-etc.xlsx"));
  }

  @Test
  void sheetNamesFollowExcelsRules() {
    SheetNames names = new SheetNames();

    assertThat(names.unique("Summary")).isEqualTo("Summary");
    assertThat(names.unique("SUMMARY")).isEqualTo("SUMMARY (2)");
    assertThat(names.unique("'quoted'")).isEqualTo("quoted");
    assertThat(names.unique("a/b\\c?d*e[f]g:h")).isEqualTo("a_b_c_d_e_f_g_h");
    assertThat(names.unique("x".repeat(40))).isEqualTo("x".repeat(31));
    assertThat(names.unique("x".repeat(40))).isEqualTo("x".repeat(27) + " (2)");
    assertThat(names.unique("history")).isEqualTo("history_");
    assertThat(names.unique("   ")).isEqualTo("Sheet");
  }
}
