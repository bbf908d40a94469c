package io.tokenledger.engine.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceLockTest {

  @TempDir Path dir;

  @Test
  void theLockFileNamesItsHolderAndIsGoneOnceReleased() throws Exception {
    Path file = dir.resolve("acme.tlw");
    Path lockFile = dir.resolve("acme.tlw.lock");

    try (WorkspaceLock lock = WorkspaceLock.acquire(file)) {
      assertThat(lockFile).exists();
      assertThat(Files.readString(lockFile))
          .contains("pid=" + ProcessHandle.current().pid())
          .contains("since=");
      assertThat(WorkspaceLock.owner(file))
          .hasValueSatisfying(owner -> assertThat(owner.thisProcess()).isTrue());
    }

    assertThat(lockFile).doesNotExist();
    assertThat(WorkspaceLock.owner(file)).isEmpty();
  }

  @Test
  void aLockFileLeftByACrashDoesNotBlock() throws Exception {
    Path file = dir.resolve("acme.tlw");
    Files.writeString(dir.resolve("acme.tlw.lock"), "pid=999999\nhost=gone\n");

    assertThat(WorkspaceLock.owner(file)).isEmpty();
    WorkspaceLock.acquire(file).close();
  }

  @Test
  void aSecondLockInTheSameProcessIsRefusedUntilTheFirstIsReleased() {
    Path file = dir.resolve("acme.tlw");
    WorkspaceLock first = WorkspaceLock.acquire(file);

    assertThatThrownBy(() -> WorkspaceLock.acquire(dir.resolve("./acme.tlw")))
        .isInstanceOf(WorkspaceInUseException.class)
        .hasMessage(
            "acme.tlw is in use by another TokenLedger window: close it there first, then try"
                + " again");
    assertThatThrownBy(() -> WorkspaceLock.checkNotHeld(file))
        .isInstanceOf(WorkspaceInUseException.class);

    first.close();
    WorkspaceLock.checkNotHeld(file);
  }
}
