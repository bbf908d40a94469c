package io.tokenledger.sampledata.company;

/**
 * A product feature of the demo company: what the client's users do, which team owns it, and which
 * observability the team wired up (real telemetry has gaps: not every feature is traced, and not
 * every call goes through the gateway).
 */
public enum Feature {
  CHAT_ASSISTANT("chat-assistant", "assistant", true, false, true),
  RAG_SEARCH("rag-search", "search", true, false, true),
  DOC_SUMMARIZER("doc-summarizer", "documents", true, false, true),
  CODE_REVIEW("code-review-agent", "devtools", false, true, true),
  TICKET_TRIAGE("ticket-triage", "support", false, false, true),
  VOICE_NOTES("voice-notes", "mobile", false, false, false);

  private final String id;
  private final String team;
  private final boolean otel;
  private final boolean langfuse;
  private final boolean gateway;

  Feature(String id, String team, boolean otel, boolean langfuse, boolean gateway) {
    this.id = id;
    this.team = team;
    this.otel = otel;
    this.langfuse = langfuse;
    this.gateway = gateway;
  }

  public String id() {
    return id;
  }

  public String team() {
    return team;
  }

  /** The service exports OpenTelemetry GenAI spans. */
  public boolean tracedByOtel() {
    return otel;
  }

  /** The team sends its traces to Langfuse. */
  public boolean tracedByLangfuse() {
    return langfuse;
  }

  /** The service calls providers through the LiteLLM gateway (which logs spend). */
  public boolean usesGateway() {
    return gateway;
  }
}
