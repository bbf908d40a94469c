package io.tokenledger.app.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.engine.workspace.WorkspaceInUseException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class ErrorMessagesTest {

  @Test
  void workspaceErrorsAreShownAsWrittenForTheUser() {
    var error =
        new WorkspaceInUseException("acme.tlw is in use by another TokenLedger window", null);

    assertThat(ErrorMessages.userMessage(error))
        .isEqualTo("acme.tlw is in use by another TokenLedger window");
  }

  @Test
  void otherErrorsShowTheirTypeAndFirstLineOnly() {
    var error = new IllegalStateException("broken pipe\n\tat somewhere(Foo.java:1)");

    assertThat(ErrorMessages.userMessage(error)).isEqualTo("IllegalStateException: broken pipe");
  }

  @Test
  void wrappersAreLookedThrough() {
    var error =
        new ExecutionException(new WorkspaceInUseException("x.tlw is in use by another", null));

    assertThat(ErrorMessages.userMessage(error)).isEqualTo("x.tlw is in use by another");
  }
}
