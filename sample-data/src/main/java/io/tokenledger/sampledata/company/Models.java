package io.tokenledger.sampledata.company;

import java.util.List;

/**
 * The demo company's internal price table: every model it calls and what its provider bills. The
 * prices of the catalog-known models equal the LiteLLM catalog's entries under the same names
 * ({@code shared/realdata/prices}, snapshot 2026-07-24), so a price book seeded from that catalog
 * reproduces the bills; {@link #CLAUDE_SONNET_4_7} is too new for either catalog and the
 * self-hosted model is paid for by the GPU hour.
 */
public final class Models {

  public static final ModelSpec GPT_5_4 =
      new ModelSpec(
          "gpt-5.4-2026-03-05",
          Provider.OPENAI,
          "gpt-5.4",
          "GPT-5.4",
          null,
          "gpt-5.4",
          "openai",
          Prices.perMillion("2.50", "0.25", null, null, "15.00", "1.25", "7.50"),
          true,
          null);

  public static final ModelSpec GPT_5_4_MINI =
      new ModelSpec(
          "gpt-5.4-mini-2026-03-17",
          Provider.OPENAI,
          "gpt-5.4-mini",
          "GPT-5.4 mini",
          null,
          "gpt-5.4-mini",
          "openai",
          Prices.perMillion("0.75", "0.075", null, null, "4.50", "0.375", "2.25"),
          true,
          null);

  public static final ModelSpec CLAUDE_SONNET_4_6 =
      new ModelSpec(
          "claude-sonnet-4-6",
          Provider.ANTHROPIC,
          "claude-sonnet-4-6",
          "Claude Sonnet 4.6",
          null,
          "claude-sonnet-4-6",
          "anthropic",
          Prices.perMillion("3", "0.30", "3.75", "6", "15", null, null),
          true,
          "90ec5ec3-1a48-4ff0-919c-70cdb8f632ed");

  public static final ModelSpec CLAUDE_OPUS_4_6 =
      new ModelSpec(
          "claude-opus-4-6",
          Provider.ANTHROPIC,
          "claude-opus-4-6",
          "Claude Opus 4.6",
          null,
          "claude-opus-4-6",
          "anthropic",
          Prices.perMillion("5", "0.50", "6.25", "10", "25", null, null),
          true,
          "13458bc0-1c20-44c2-8753-172f54b67647");

  /** The cheaper model the routing opportunity points to; the demo itself does not call it. */
  public static final ModelSpec CLAUDE_HAIKU_4_5 =
      new ModelSpec(
          "claude-haiku-4-5-20251001",
          Provider.ANTHROPIC,
          "claude-haiku-4-5",
          "Claude Haiku 4.5",
          null,
          "claude-haiku-4-5-20251001",
          "anthropic",
          Prices.perMillion("1", "0.10", "1.25", "2", "5", null, null),
          true,
          "cmgt5gnkv000104jx171tbq4e");

  /** Released after the catalog snapshot: billed by Anthropic, unknown to LiteLLM and Langfuse. */
  public static final ModelSpec CLAUDE_SONNET_4_7 =
      new ModelSpec(
          "claude-sonnet-4-7",
          Provider.ANTHROPIC,
          "claude-sonnet-4-7",
          "Claude Sonnet 4.7",
          null,
          "claude-sonnet-4-7",
          "anthropic",
          Prices.perMillion("3", "0.30", "3.75", "6", "15", null, null),
          false,
          null);

  /** Claude on Bedrock through the US cross-region inference profile (1.1x the in-region price). */
  public static final ModelSpec BEDROCK_SONNET_4_6 =
      new ModelSpec(
          "us.anthropic.claude-sonnet-4-6",
          Provider.BEDROCK,
          "us.anthropic.claude-sonnet-4-6",
          "Claude Sonnet 4.6 (Amazon Bedrock Edition)",
          "Claude4.6Sonnet",
          "us.anthropic.claude-sonnet-4-6",
          "bedrock",
          Prices.perMillion("3.3", "0.33", "4.125", "6.6", "16.5", null, null),
          true,
          "90ec5ec3-1a48-4ff0-919c-70cdb8f632ed");

  public static final ModelSpec BEDROCK_HAIKU_4_5 =
      new ModelSpec(
          "us.anthropic.claude-haiku-4-5-20251001-v1:0",
          Provider.BEDROCK,
          "us.anthropic.claude-haiku-4-5-20251001-v1:0",
          "Claude Haiku 4.5 (Amazon Bedrock Edition)",
          "Claude4.5Haiku",
          "us.anthropic.claude-haiku-4-5-20251001-v1:0",
          "bedrock",
          Prices.perMillion("1.1", "0.11", "1.375", "2.2", "5.5", null, null),
          true,
          "cmgt5gnkv000104jx171tbq4e");

  public static final ModelSpec GEMINI_2_5_FLASH =
      new ModelSpec(
          "gemini-2.5-flash",
          Provider.VERTEX,
          "gemini-2.5-flash",
          "Gemini 2.5 Flash",
          "Gemini 2.5 Flash GA",
          "vertex_ai/gemini-2.5-flash",
          "vertex_ai",
          Prices.perMillion("0.30", "0.03", null, null, "2.50", null, null),
          true,
          null);

  public static final ModelSpec GEMINI_2_5_PRO =
      new ModelSpec(
          "gemini-2.5-pro",
          Provider.VERTEX,
          "gemini-2.5-pro",
          "Gemini 2.5 Pro",
          "Gemini 2.5 Pro",
          "vertex_ai/gemini-2.5-pro",
          "vertex_ai",
          Prices.perMillion("1.25", "0.125", null, null, "10", null, null),
          true,
          null);

  /**
   * Served by vLLM on the company's rented GPUs: no per-token price, the GPU hours are the cost.
   */
  public static final ModelSpec LLAMA_3_1_8B =
      new ModelSpec(
          "meta-llama/Llama-3.1-8B-Instruct",
          Provider.SELF_HOSTED,
          "meta-llama/Llama-3.1-8B-Instruct",
          "Llama 3.1 8B Instruct (self-hosted)",
          null,
          "hosted_vllm/meta-llama/Llama-3.1-8B-Instruct",
          "hosted_vllm",
          null,
          false,
          null);

  /** Every model the company calls, in a fixed order (the order of aggregated bill lines). */
  public static final List<ModelSpec> CALLED =
      List.of(
          GPT_5_4,
          GPT_5_4_MINI,
          CLAUDE_SONNET_4_6,
          CLAUDE_OPUS_4_6,
          CLAUDE_SONNET_4_7,
          BEDROCK_SONNET_4_6,
          BEDROCK_HAIKU_4_5,
          GEMINI_2_5_FLASH,
          GEMINI_2_5_PRO,
          LLAMA_3_1_8B);

  /** The called model with this ledger id. */
  public static ModelSpec byId(String id) {
    return CALLED.stream()
        .filter(m -> m.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown model " + id));
  }

  private Models() {}
}
