package io.tokenledger.engine.workspace;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A second TokenLedger process for tests: runs a test class's {@code main} in a child JVM with the
 * test class path, and reads what it prints line by line, so a test can act at a given moment (the
 * child holds a file, is half-way through a save) and kill it there.
 */
final class ChildJvm implements AutoCloseable {

  private final Process process;
  private final BufferedReader output;

  private ChildJvm(Process process) {
    this.process = process;
    this.output =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  static ChildJvm start(Class<?> main, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(List.of(args));
    return new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).start());
  }

  /** The next line the child printed; fails with what it printed when it died instead. */
  String readLine() throws IOException {
    String line = output.readLine();
    if (line == null) {
      throw new IllegalStateException("the child process ended with exit code " + exitCode());
    }
    return line;
  }

  /** Reads lines until one equals {@code expected}; anything else printed is an error. */
  void await(String expected) throws IOException {
    String line = readLine();
    if (!line.equals(expected)) {
      StringBuilder rest = new StringBuilder(line);
      String more;
      while ((more = output.readLine()) != null) {
        rest.append('\n').append(more);
      }
      throw new IllegalStateException("expected '" + expected + "' from the child, got:\n" + rest);
    }
  }

  long pid() {
    return process.pid();
  }

  /** Kills the child the hard way (SIGKILL): no shutdown hook, no finally block runs. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(20, TimeUnit.SECONDS);
  }

  int exitCode() {
    try {
      process.waitFor(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return process.isAlive() ? -1 : process.exitValue();
  }

  @Override
  public void close() throws Exception {
    if (process.isAlive()) {
      kill();
    }
    output.close();
  }
}
