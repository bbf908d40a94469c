package io.tokenledger.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PageTest {

  @Test
  void everyPageHasItsOwnCtrlDigit() {
    assertThat(Arrays.stream(Page.values()).map(Page::shortcutDigit).distinct().count())
        .isEqualTo(Page.values().length);
    assertThat(Page.byShortcutDigit(1)).contains(Page.SOURCES);
    assertThat(Page.byShortcutDigit(0)).contains(Page.RULES);
  }

  @Test
  void theSetupPagesFollowTheSeparator() {
    assertThat(Arrays.stream(Page.values()).filter(Page::startsSection))
        .containsExactly(Page.PRICES);
    assertThat(Page.values()[Page.values().length - 1]).isEqualTo(Page.RULES);
  }
}
