package io.tokenledger.app.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The options of a desktop launch.
 *
 * @param workspace the workspace to open (created when missing), or empty for the demo workspace
 * @param smoke open the window, run one query, print one line and exit
 * @param screenshot write a PNG of the window to this file once the data is shown, then exit
 * @param dark start with the dark theme
 * @param debug show stack traces of errors
 * @param page the page to show first (Sources when empty)
 */
public record DesktopOptions(
    Optional<Path> workspace,
    boolean smoke,
    Optional<Path> screenshot,
    boolean dark,
    boolean debug,
    Optional<Page> page) {

  /** True when no person is expected at the window: dialogs must not wait for a click. */
  public boolean unattended() {
    return smoke || screenshot.isPresent();
  }

  /**
   * Reads {@code --workspace FILE}, {@code --smoke}, {@code --screenshot FILE}, {@code --dark},
   * {@code --debug} and {@code --page NAME}, each also as {@code --name=value}.
   *
   * @throws IllegalArgumentException for an unknown option or a missing value
   */
  public static DesktopOptions parse(List<String> args) {
    Path workspace = null;
    Path screenshot = null;
    boolean smoke = false;
    boolean dark = false;
    boolean debug = false;
    Page page = null;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      String inlineValue = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
      switch (name) {
        case "--smoke" -> smoke = true;
        case "--dark" -> dark = true;
        case "--debug" -> debug = true;
        case "--workspace", "--screenshot", "--page" -> {
          String value = inlineValue;
          if (value == null) {
            if (i + 1 >= args.size()) {
              throw new IllegalArgumentException(
                  name + (name.equals("--page") ? " needs a page name" : " needs a file"));
            }
            value = args.get(++i);
          }
          if (name.equals("--workspace")) {
            workspace = Path.of(value);
          } else if (name.equals("--page")) {
            page = page(value);
          } else {
            screenshot = Path.of(value);
          }
        }
        default -> {
          // A double-clicked workspace file arrives as a bare path (the installers' file
          // association).
          if (!arg.startsWith("-") && isWorkspaceFile(arg)) {
            workspace = Path.of(arg);
          } else {
            throw new IllegalArgumentException("Unknown option for the desktop app: " + arg);
          }
        }
      }
    }
    return new DesktopOptions(
        Optional.ofNullable(workspace),
        smoke,
        Optional.ofNullable(screenshot),
        dark,
        debug,
        Optional.ofNullable(page));
  }

  private static Page page(String name) {
    for (Page page : Page.values()) {
      if (page.name().equalsIgnoreCase(name.strip())) {
        return page;
      }
    }
    throw new IllegalArgumentException(
        "Unknown page '"
            + name
            + "'; pages: "
            + java.util.Arrays.stream(Page.values())
                .map(p -> p.name().toLowerCase(java.util.Locale.ROOT))
                .collect(java.util.stream.Collectors.joining(", ")));
  }

  /** True for a path that names a workspace file ({@code .tlw}). */
  public static boolean isWorkspaceFile(String arg) {
    return arg.toLowerCase(java.util.Locale.ROOT).endsWith(".tlw");
  }
}
