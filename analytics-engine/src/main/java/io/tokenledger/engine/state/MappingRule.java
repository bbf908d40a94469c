package io.tokenledger.engine.state;

/**
 * One row of the workspace's mapping rules ("API key k-123 is client Acme"), as it travels in an
 * analysis export.
 *
 * @param ruleId the rule's id
 * @param priority lower runs first; the first match wins
 * @param sourceKey what the rule reads: {@code api_key}, {@code project}, {@code tag:<k>}, ...
 * @param matchKind {@code equals}, {@code glob}, {@code regex} or {@code copy}
 * @param matchValue the value or pattern matched, or null for {@code copy}
 * @param target {@code client}, {@code feature}, {@code team} or {@code env}
 * @param targetValue the value given, or null for {@code copy}
 * @param enabled whether the rule applies
 * @param note the user's note
 */
public record MappingRule(
    int ruleId,
    int priority,
    String sourceKey,
    String matchKind,
    String matchValue,
    String target,
    String targetValue,
    boolean enabled,
    String note) {}
