package io.tokenledger.app.task;

import io.tokenledger.engine.workspace.Workspace;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Engine calls of a page's view-model against the open workspace: each runs on the background
 * executor and hands its result to the UI executor, with a busy flag that stays up until the newest
 * call is done and a message line for what the last command did or why it failed. A page keeps one
 * of these instead of its own generation counter and error plumbing.
 */
public final class WorkspaceCalls {

  private final Supplier<Workspace> workspace;
  private final Executor background;
  private final Executor ui;
  private final AtomicLong generation = new AtomicLong();
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

  /**
   * @param workspace the open workspace, or null when none is open
   * @param background runs engine calls (never the JavaFX thread)
   * @param ui runs result updates (the JavaFX thread in the app, the caller in tests)
   */
  public WorkspaceCalls(Supplier<Workspace> workspace, Executor background, Executor ui) {
    this.workspace = workspace;
    this.background = background;
    this.ui = ui;
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** What the last command did, or why it failed. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** Shows {@code text} on the message line (a form error, say). Call on the UI thread. */
  public void say(String text) {
    message.set(text);
  }

  /**
   * A read whose result is shown only if no newer call started meanwhile ("latest wins"), so a slow
   * stale answer never overwrites a fresh one. Does nothing while no workspace is open.
   */
  public <T> void latest(Function<Workspace, T> read, Consumer<T> show) {
    call(read, show, true, false);
  }

  /**
   * A change (an edit, an import): its result is always shown, since the workspace changed whatever
   * came after. Says "Open a workspace first" while none is open.
   */
  public <T> void change(Function<Workspace, T> work, Consumer<T> show) {
    call(work, show, false, true);
  }

  private <T> void call(
      Function<Workspace, T> work, Consumer<T> show, boolean onlyLatest, boolean needsWorkspace) {
    Workspace ws = workspace.get();
    if (ws == null) {
      if (needsWorkspace) {
        message.set("Open a workspace first");
      }
      return;
    }
    long run = generation.incrementAndGet();
    busy.set(true);
    background.execute(
        () -> {
          try {
            T result = work.apply(ws);
            ui.execute(
                () -> {
                  boolean newest = run == generation.get();
                  if (newest || !onlyLatest) {
                    show.accept(result);
                  }
                  if (newest) {
                    busy.set(false);
                  }
                });
          } catch (RuntimeException e) {
            ui.execute(
                () -> {
                  message.set(e.getMessage() == null ? e.toString() : e.getMessage());
                  if (run == generation.get()) {
                    busy.set(false);
                  }
                });
          }
        });
  }
}
