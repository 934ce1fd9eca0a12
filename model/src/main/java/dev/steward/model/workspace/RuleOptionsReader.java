package dev.steward.model.workspace;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.validation.RuleCatalog;
import dev.steward.model.validation.RuleOptions;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlScalar;
import dev.steward.model.yaml.YamlSequence;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the options of one policy item besides id and severity: {@code max} (a whole number, for
 * rules with a threshold) and {@code scope} (a domain id or a list of them, for data product and
 * mesh rules). A value that cannot be used is reported and ignored.
 */
final class RuleOptionsReader {

    static final String KEY_MAX = "max";
    static final String KEY_SCOPE = "scope";
    static final Set<String> KEYS = Set.of("id", "severity", KEY_MAX, KEY_SCOPE);
    private static final BigDecimal MAX_LIMIT = BigDecimal.valueOf(10_000);

    private RuleOptionsReader() {
    }

    static void read(Path file, String rule, YamlMapping item, Map<String, RuleOptions> options,
                     List<Diagnostic> problems) {
        if (!RuleCatalog.contains(rule)) {
            return; // the policy file reports the unknown rule
        }
        item.entry(KEY_MAX).ifPresent(e -> max(file, rule, e, options, problems));
        item.entry(KEY_SCOPE).ifPresent(e -> scope(file, rule, e, options, problems));
    }

    private static void max(Path file, String rule, YamlMapping.Entry max, Map<String, RuleOptions> options,
                            List<Diagnostic> problems) {
        if (!RuleCatalog.withLimit().contains(rule)) {
            problems.add(PolicyFile.problem(file, max.key(), Severity.WARNING, PolicyFile.RULE_UNKNOWN_KEY,
                    "'max' only applies to rules with a threshold (" + String.join(", ", RuleCatalog.withLimit())
                            + "); '" + rule + "' has none, so it changes nothing"));
            return;
        }
        if (max.value() instanceof YamlScalar s && s.type() == YamlScalar.Type.INTEGER
                && s.asNumber().filter(n -> n.signum() >= 0 && n.compareTo(MAX_LIMIT) <= 0).isPresent()) {
            options.merge(rule, RuleOptions.NONE.withMax(s.asNumber().get().intValue()),
                    (old, now) -> old.withMax(now.max()));
        } else {
            problems.add(PolicyFile.problem(file, max.value(), Severity.ERROR, PolicyFile.RULE_INVALID, "'max' of policy '"
                    + rule + "' must be a whole number from 0 to 10000; found " + PolicyFile.shown(max.value())));
        }
    }

    private static void scope(Path file, String rule, YamlMapping.Entry scope, Map<String, RuleOptions> options,
                              List<Diagnostic> problems) {
        if (!RuleCatalog.scopable(rule)) {
            problems.add(PolicyFile.problem(file, scope.key(), Severity.WARNING, PolicyFile.RULE_UNKNOWN_KEY,
                    "'scope' applies to data product and mesh rules (product-*, mesh-*) only, which know their"
                            + " domain; '" + rule + "' ignores it"));
            return;
        }
        Set<String> domains = new LinkedHashSet<>();
        YamlNode value = scope.value();
        List<YamlNode> items = value instanceof YamlSequence seq ? seq.items() : List.of(value);
        for (YamlNode n : items) {
            if (n instanceof YamlScalar s && !s.isNull() && !s.value().isBlank()) {
                domains.add(s.value());
            } else {
                problems.add(PolicyFile.problem(file, n, Severity.ERROR, PolicyFile.RULE_INVALID, "'scope' of policy '"
                        + rule + "' must be a domain id or a list of them (scope: [sales, finance]); found "
                        + n.describe()));
                return;
            }
        }
        options.merge(rule, RuleOptions.NONE.withScope(domains), (old, now) -> old.withScope(now.scope()));
    }
}
