package io.tokenledger.engine.workspace;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Work a previous session left behind without closing (it crashed, or was killed): a recovery copy
 * newer than its workspace file, which the start offers to restore.
 *
 * @param folder the session folder that holds the recovery copy
 * @param target the workspace file the work belongs to, or null for one never saved
 * @param name what the window called it ({@code acme.tlw}, {@code Untitled})
 * @param savedAt when the recovery copy was written
 */
public record RecoveryCandidate(Path folder, Path target, String name, Instant savedAt) {

  public Optional<Path> targetFile() {
    return Optional.ofNullable(target);
  }
}
