package io.tokenledger.sampledata.company;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The demo company, Lumora Copilot: a B2B SaaS selling an AI assistant to about forty client
 * companies. Everything here is fixed by the seed and the scale: the calendar, the clients, the
 * provider accounts, and the dates of the planted events. The scale grows the client count, the
 * number of months and the traffic per client-day, each by part of the factor, so the number of
 * model invocations grows in proportion to it.
 */
public final class Company {

  public static final String NAME = "Lumora Copilot";
  public static final LocalDate START = LocalDate.of(2026, 5, 1);

  /** The client whose contract brings little and whose premium code reviewer costs a lot. */
  public static final String HEAVY_CLIENT = "Northwind Traders";

  /** The client invoiced in euros. */
  public static final String EUR_CLIENT = "Kronberg Maschinenbau GmbH";

  /** The client whose code-review agent loops on {@link #ANOMALY_DAY}. */
  public static final String LOOP_CLIENT = "Ironbark Payroll";

  public static final LocalDate ANOMALY_DAY = LocalDate.of(2026, 8, 19);

  /** From this day a canary sends part of the chat traffic to a model no catalog knows yet. */
  public static final LocalDate CANARY_START = LocalDate.of(2026, 9, 22);

  /** The LiteLLM spend-log database was full: the gateway served traffic but logged nothing. */
  public static final List<LocalDate> GATEWAY_LOG_OUTAGE =
      List.of(LocalDate.of(2026, 7, 14), LocalDate.of(2026, 7, 15));

  /** The OpenTelemetry collector was down for a day. */
  public static final LocalDate OTEL_OUTAGE = LocalDate.of(2026, 6, 3);

  private static final String[] CLIENT_NAMES = {
    HEAVY_CLIENT,
    EUR_CLIENT,
    LOOP_CLIENT,
    "Alder Freight",
    "Birchwood Health",
    "Cobalt Ridge Energy",
    "Driftwood Media",
    "Evergreen Dental Group",
    "Foxglove Insurance",
    "Granite Peak Logistics",
    "Harborview Realty",
    "Juniper Legal",
    "Kestrel Aviation Services",
    "Larchmont Schools",
    "Meridian Credit Union",
    "Nettle & Finch Retail",
    "Oakhurst Manufacturing",
    "Pinecrest Hotels",
    "Quarry Lane Architects",
    "Redwood Analytics",
    "Saltmarsh Seafood",
    "Thistle Telecom",
    "Umberfield Agritech",
    "Vantage Point Security",
    "Willowbrook Clinics",
    "Yarrow Biotech",
    "Zephyr Travel",
    "Amberline Fashion",
    "Bluebell Software",
    "Cedar & Stone Construction",
    "Dovetail Furniture",
    "Elmstead Accounting",
    "Fennel Foods",
    "Goldcrest Wealth",
    "Hawthorn Publishing",
    "Ivywood Property",
    "Jasper Mining",
    "Kingfisher Marine",
    "Lindenwood Pharmacy",
    "Marigold Events"
  };
  private static final String[] EXTRA_FIRST = {
    "Ash", "Beacon", "Copper", "Delta", "Ember", "Falcon", "Glacier", "Heron", "Indigo", "Jade",
    "Keystone", "Lantern", "Maple", "North", "Orchid", "Prairie", "Quill", "River", "Summit",
        "Tidal"
  };
  private static final String[] EXTRA_SECOND = {
    "Logistics",
    "Health",
    "Capital",
    "Studios",
    "Foods",
    "Robotics",
    "Legal",
    "Energy",
    "Retail",
    "Labs",
    "Partners",
    "Systems",
    "Travel",
    "Insurance",
    "Media",
    "Works"
  };
  private static final int[] UTC_OFFSETS = {-5, -5, -6, -8, -7, 0, 1, 1, 2, -5, -4};

  private final long seed;
  private final double scale;
  private final double clientFactor;
  private final double monthFactor;
  private final double volumeFactor;
  private final List<YearMonth> months;
  private final LocalDate end;
  private final List<Client> clients;
  private final int gpuCount;
  private final String openAiOrgId;
  private final Map<String, Credential> credentials = new HashMap<>();
  private final Map<Feature, String> liteLlmTeamIds = new EnumMap<>(Feature.class);

  private Company(long seed, double scale) {
    if (!(scale > 0) || Double.isInfinite(scale)) {
      throw new IllegalArgumentException("scale must be a positive number: " + scale);
    }
    this.seed = seed;
    this.scale = scale;
    this.clientFactor = Math.max(1.0, StrictMath.cbrt(scale));
    this.monthFactor = Math.max(1.0, StrictMath.cbrt(scale));
    int monthCount = (int) StrictMath.round(6 * monthFactor);
    this.volumeFactor = scale / clientFactor / (monthCount / 6.0);
    this.months = new ArrayList<>();
    for (int i = 0; i < monthCount; i++) {
      months.add(YearMonth.from(START).plusMonths(i));
    }
    this.end = months.get(months.size() - 1).plusMonths(1).atDay(1);
    this.clients = makeClients((int) StrictMath.round(40 * clientFactor));
    this.gpuCount = Math.max(1, (int) StrictMath.round(2 * volumeFactor * clientFactor));
    Rng rng = Rng.of(seed, Rng.key("accounts"));
    this.openAiOrgId = "org-" + rng.base62(24);
    makeCredentials(rng);
  }

  public static Company create(long seed, double scale) {
    return new Company(seed, scale);
  }

  private List<Client> makeClients(int count) {
    Rng rng = Rng.of(seed, Rng.key("clients"));
    List<Client> list = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String name;
      if (i < CLIENT_NAMES.length) {
        name = CLIENT_NAMES[i];
      } else {
        int n = i - CLIENT_NAMES.length;
        name =
            EXTRA_FIRST[n % EXTRA_FIRST.length]
                + " "
                + EXTRA_SECOND[(n / EXTRA_FIRST.length) % EXTRA_SECOND.length];
        int round = n / (EXTRA_FIRST.length * EXTRA_SECOND.length);
        if (round > 0) {
          name = name + " " + (round + 1);
        }
      }
      int seats;
      if (name.equals(HEAVY_CLIENT)) {
        seats = 140;
      } else if (name.equals(LOOP_CLIENT)) {
        seats = 60;
      } else {
        seats = (int) Math.max(5, Math.min(150, StrictMath.round(rng.logNormal(20, 0.75))));
      }
      String plan = seats < 15 ? "Starter" : seats < 50 ? "Growth" : "Enterprise";
      int offset;
      if (name.equals(EUR_CLIENT)) {
        offset = 2;
      } else if (name.equals(HEAVY_CLIENT)) {
        offset = -7;
      } else {
        offset = UTC_OFFSETS[rng.index(UTC_OFFSETS.length)];
      }
      double growth = name.equals(HEAVY_CLIENT) ? 0.03 : rng.uniform(0.0, 0.07);
      list.add(
          new Client(
              i,
              slug(name),
              name,
              name.equals(EUR_CLIENT) ? "EUR" : "USD",
              plan,
              seats,
              offset,
              seats / 20.0,
              growth,
              false));
    }
    list.add(
        new Client(
            count, "lumora-internal", "Lumora (internal)", "USD", "Internal", 10, 1, 0.4, 0, true));
    return List.copyOf(list);
  }

  static String slug(String name) {
    return name.toLowerCase(Locale.ROOT)
        .replace("&", "and")
        .replace(" gmbh", "")
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("(^-|-$)", "");
  }

  private void makeCredentials(Rng rng) {
    String chatProject = "proj_" + rng.base62(24);
    String supportProject = "proj_" + rng.base62(24);
    String stagingProject = "proj_" + rng.base62(24);
    put(
        "openai/chat-assistant/prod",
        new Credential(
            "key_" + rng.base62(16), "chat-assistant-prod", chatProject, "Chat Assistant", null));
    put(
        "openai/ticket-triage/prod",
        new Credential(
            "key_" + rng.base62(16),
            "ticket-triage-nightly",
            supportProject,
            "Support Automation",
            null));
    put(
        "openai/staging",
        new Credential("key_" + rng.base62(16), "staging", stagingProject, "Staging", null));
    String reviewWorkspace = "wrkspc_01" + rng.base62(22);
    String heavyWorkspace = "wrkspc_01" + rng.base62(22);
    String documentsWorkspace = "wrkspc_01" + rng.base62(22);
    String stagingWorkspace = "wrkspc_01" + rng.base62(22);
    put(
        "anthropic/code-review-agent/prod",
        new Credential(
            "apikey_01" + rng.base62(22),
            "code-review-prod",
            reviewWorkspace,
            "Code Review",
            null));
    put(
        "anthropic/code-review-agent/heavy",
        new Credential(
            "apikey_01" + rng.base62(22),
            "code-review-northwind",
            heavyWorkspace,
            "Code Review - Northwind",
            null));
    put(
        "anthropic/doc-summarizer/prod",
        new Credential(
            "apikey_01" + rng.base62(22),
            "doc-summarizer-prod",
            documentsWorkspace,
            "Documents",
            null));
    // The canary key was made in the Default workspace, which the API reports as a null id.
    put(
        "anthropic/chat-assistant/prod",
        new Credential("apikey_01" + rng.base62(22), "chat-canary", null, "Default", null));
    put(
        "anthropic/staging",
        new Credential("apikey_01" + rng.base62(22), "staging", stagingWorkspace, "Staging", null));
    String account = "345678901234";
    String profiles = "arn:aws:bedrock:us-east-1:" + account + ":application-inference-profile/";
    put(
        "aws/answer/prod",
        new Credential(
            "arn:aws:iam::" + account + ":role/rag-search-prod",
            "rag-search-prod",
            account,
            "lumora-prod",
            profiles + rng.hex(12)));
    put(
        "aws/rewrite/prod",
        new Credential(
            "arn:aws:iam::" + account + ":role/rag-search-prod",
            "rag-search-prod",
            account,
            "lumora-prod",
            profiles + rng.hex(12)));
    put(
        "aws/answer/staging",
        new Credential(
            "arn:aws:iam::" + account + ":role/rag-search-staging",
            "rag-search-staging",
            account,
            "lumora-prod",
            profiles + rng.hex(12)));
    put(
        "aws/rewrite/staging",
        new Credential(
            "arn:aws:iam::" + account + ":role/rag-search-staging",
            "rag-search-staging",
            account,
            "lumora-prod",
            profiles + rng.hex(12)));
    put(
        "gcp/rag-search/prod",
        new Credential(
            "rag-search@lumora-prod-ml.iam.gserviceaccount.com",
            "rag-search",
            "lumora-prod-ml",
            "lumora-prod-ml",
            null));
    put(
        "gcp/doc-summarizer/prod",
        new Credential(
            "doc-summarizer@lumora-prod-ml.iam.gserviceaccount.com",
            "doc-summarizer",
            "lumora-prod-ml",
            "lumora-prod-ml",
            null));
    put(
        "gcp/staging",
        new Credential(
            "staging@lumora-prod-ml.iam.gserviceaccount.com",
            "staging",
            "lumora-prod-ml",
            "lumora-prod-ml",
            null));
    put(
        "self-hosted",
        new Credential("vllm-internal", "vllm-internal", "gpu-inference", "gpu-inference", null));
    for (Feature feature : Feature.values()) {
      liteLlmTeamIds.put(feature, rng.uuid());
    }
  }

  private void put(String key, Credential credential) {
    credentials.put(key, credential);
  }

  /** The credential a call of {@code feature} to {@code model} for {@code client} is made with. */
  public Credential credential(Feature feature, ModelSpec model, Client client) {
    boolean staging = client.internal();
    return switch (model.provider()) {
      case OPENAI ->
          credentials.get(staging ? "openai/staging" : "openai/" + feature.id() + "/prod");
      case ANTHROPIC -> {
        if (staging) {
          yield credentials.get("anthropic/staging");
        }
        if (feature == Feature.CODE_REVIEW && client.name().equals(HEAVY_CLIENT)) {
          yield credentials.get("anthropic/code-review-agent/heavy");
        }
        yield credentials.get("anthropic/" + feature.id() + "/prod");
      }
      case BEDROCK ->
          credentials.get(
              "aws/"
                  + (model == Models.BEDROCK_SONNET_4_6 ? "answer" : "rewrite")
                  + "/"
                  + (staging ? "staging" : "prod"));
      case VERTEX -> credentials.get(staging ? "gcp/staging" : "gcp/" + feature.id() + "/prod");
      case SELF_HOSTED -> credentials.get("self-hosted");
    };
  }

  /** Every credential, in a stable order (by key). */
  public List<Credential> credentials() {
    return credentials.keySet().stream().sorted().map(credentials::get).toList();
  }

  public String liteLlmTeamId(Feature feature) {
    return liteLlmTeamIds.get(feature);
  }

  public long seed() {
    return seed;
  }

  public double scale() {
    return scale;
  }

  /** Share of the scale that multiplies traffic per client and day. */
  public double volumeFactor() {
    return volumeFactor;
  }

  /** Share of the scale that multiplies the client count. */
  public double clientFactor() {
    return clientFactor;
  }

  public List<YearMonth> months() {
    return months;
  }

  public LocalDate start() {
    return START;
  }

  /** The first day after the period. */
  public LocalDate end() {
    return end;
  }

  public List<LocalDate> days() {
    return START.datesUntil(end).toList();
  }

  /** Paying clients first, then the internal staging traffic. */
  public List<Client> clients() {
    return clients;
  }

  public List<Client> payingClients() {
    return clients.stream().filter(c -> !c.internal()).toList();
  }

  public Client client(String name) {
    return clients.stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(name));
  }

  public int gpuCount() {
    return gpuCount;
  }

  public String openAiOrgId() {
    return openAiOrgId;
  }
}
