package io.tokenledger.engine.state;

/**
 * The current view of each page, and which page was shown, so that a reopened workspace looks as it
 * was left. A page added later adds its component here (with a default for older documents).
 *
 * @param selectedPage the id of the page shown ({@code sources}, {@code explore}, ...), or null
 * @param sources the Sources page
 * @param explore the Explore page
 */
public record PageStates(String selectedPage, SourcesViewState sources, ExploreViewState explore) {

  public static final PageStates DEFAULT =
      new PageStates(null, SourcesViewState.DEFAULT, ExploreViewState.DEFAULT);

  public PageStates {
    sources = sources == null ? SourcesViewState.DEFAULT : sources;
    explore = explore == null ? ExploreViewState.DEFAULT : explore;
  }

  public PageStates withSelectedPage(String page) {
    return new PageStates(page, sources, explore);
  }

  public PageStates withSources(SourcesViewState view) {
    return new PageStates(selectedPage, view, explore);
  }

  public PageStates withExplore(ExploreViewState view) {
    return new PageStates(selectedPage, sources, view);
  }
}
