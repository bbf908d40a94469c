package io.tokenledger.sampledata.company;

import java.util.List;

/**
 * One user task (a trace): the root agent span and everything it fanned out into, in start order.
 *
 * @param traceId 32 hex digits
 * @param client who it was done for
 * @param feature which feature did it
 * @param userId the end user (pseudonymous)
 * @param sessionId conversation, pull request or batch run it belongs to
 * @param spans the root first, then every descendant in start order
 */
public record Task(
    String traceId,
    Client client,
    Feature feature,
    String userId,
    String sessionId,
    List<Span> spans) {

  public Span root() {
    return spans.get(0);
  }

  public long startMicros() {
    return root().startMicros();
  }

  public long endMicros() {
    return root().endMicros();
  }
}
