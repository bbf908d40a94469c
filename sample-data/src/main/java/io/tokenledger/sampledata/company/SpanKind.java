package io.tokenledger.sampledata.company;

/** What a step of a task is: the agent itself, a retrieval, a tool call or a model invocation. */
public enum SpanKind {
  AGENT,
  RETRIEVER,
  TOOL,
  GENERATION
}
