package dev.steward.model.validation;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a workspace policy sets for one rule besides its level: a threshold ({@code max}, null when
 * not set) for rules that have one, and the domains the rule applies to ({@code scope}, empty for
 * everywhere; kept in lower case). Scopes apply to rules about data products ({@code product-*},
 * {@code mesh-*}), which know their domain.
 */
public record RuleOptions(Integer max, Set<String> scope) {

    public static final RuleOptions NONE = new RuleOptions(null, Set.of());

    public RuleOptions {
        scope = scope.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether a finding about a product of {@code domain} is in scope (always, when no scope is set). */
    public boolean covers(String domain) {
        return scope.isEmpty() || domain != null && scope.contains(domain.strip().toLowerCase(Locale.ROOT));
    }

    public RuleOptions withMax(Integer value) {
        return new RuleOptions(value, scope);
    }

    public RuleOptions withScope(Set<String> domains) {
        return new RuleOptions(max, domains);
    }
}
