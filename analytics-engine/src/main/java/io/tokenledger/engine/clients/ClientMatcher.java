package io.tokenledger.engine.clients;

import io.tokenledger.engine.mapping.MappingRule;
import io.tokenledger.engine.mapping.MappingTarget;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the usage client of each revenue sheet client: the same name (trimmed, any case), else the
 * sheet's client id as a usage client's name, else the first enabled client mapping rule (by
 * priority) whose value matches the id or the name and whose result is a usage client. The rules
 * are the ones that name clients from raw keys (an API key, a tenant attribute), so a sheet keyed
 * by tenant id finds the client the rules made of that tenant.
 */
final class ClientMatcher {

  /** One client of the revenue sheet. */
  record RevenueClient(String name, String id) {}

  private final Map<String, String> usage = new LinkedHashMap<>();
  private final List<MappingRule> rules;

  ClientMatcher(List<String> usageClients, List<MappingRule> allRules) {
    for (String client : usageClients) {
      usage.putIfAbsent(key(client), client);
    }
    this.rules =
        allRules.stream()
            .filter(r -> r.enabled() && r.target() == MappingTarget.CLIENT)
            .sorted(Comparator.comparingInt(MappingRule::priority))
            .toList();
  }

  List<ClientMatch> match(List<RevenueClient> revenueClients) {
    List<ClientMatch> matches = new ArrayList<>();
    for (RevenueClient client : revenueClients) {
      matches.add(match(client));
    }
    return matches;
  }

  private ClientMatch match(RevenueClient client) {
    String byName = usage.get(key(client.name()));
    if (byName != null) {
      return new ClientMatch(client.name(), client.id(), byName, "name");
    }
    if (client.id() != null && usage.containsKey(key(client.id()))) {
      return new ClientMatch(client.name(), client.id(), usage.get(key(client.id())), "id");
    }
    for (MappingRule rule : rules) {
      for (String value :
          client.id() == null ? List.of(client.name()) : List.of(client.id(), client.name())) {
        Optional<String> target = apply(rule, value).map(t -> usage.get(key(t)));
        if (target.isPresent()) {
          return new ClientMatch(
              client.name(),
              client.id(),
              target.get(),
              "rule #" + rule.id() + ": " + rule.describe());
        }
      }
    }
    return new ClientMatch(client.name(), client.id(), null, null);
  }

  /** The client the rule makes of {@code value}, if it matches. */
  static Optional<String> apply(MappingRule rule, String value) {
    if (value == null) {
      return Optional.empty();
    }
    return switch (rule.matchKind()) {
      case EQUALS ->
          value.equals(rule.matchValue()) ? Optional.of(rule.targetValue()) : Optional.empty();
      case GLOB ->
          glob(rule.matchValue()).matcher(value).matches()
              ? Optional.of(rule.targetValue())
              : Optional.empty();
      case REGEX -> {
        Matcher found = Pattern.compile(rule.matchValue()).matcher(value);
        if (!found.find()) {
          yield Optional.empty();
        }
        yield Optional.of(
            rule.targetValue() != null
                ? rule.targetValue()
                : found.groupCount() > 0 && found.group(1) != null ? found.group(1) : value);
      }
      case COPY -> Optional.of(rule.targetValue() != null ? rule.targetValue() : value);
    };
  }

  private static Pattern glob(String glob) {
    StringBuilder regex = new StringBuilder();
    for (char c : glob.toCharArray()) {
      switch (c) {
        case '*' -> regex.append(".*");
        case '?' -> regex.append('.');
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString());
  }

  private static String key(String client) {
    return client == null ? "" : client.strip().toLowerCase(Locale.ROOT);
  }
}
