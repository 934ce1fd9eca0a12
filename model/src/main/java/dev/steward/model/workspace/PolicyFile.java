package dev.steward.model.workspace;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.text.ClosestMatch;
import dev.steward.model.validation.RuleCatalog;
import dev.steward.model.validation.RuleLevel;
import dev.steward.model.validation.RuleOptions;
import dev.steward.model.validation.ValidationPolicy;
import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlParser;
import dev.steward.model.yaml.YamlScalar;
import dev.steward.model.yaml.YamlSequence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the workspace policy, {@code steward-policies.yaml}:
 * <pre>
 * policies:
 *   - id: odcs-owner-missing   # a rule id
 *     severity: warning        # error | warning | info | off
 *   - id: mesh-cross-domain-dependencies
 *     max: 2                   # the threshold of a rule that has one (severity optional then)
 *     scope: [sales, finance]  # data product rules only: the domains the rule applies to
 * commit:
 *   blockOnErrors: true
 * </pre>
 * A broken file never fails: what can be understood is applied, the rest is reported as
 * diagnostics with positions in the policy file.
 */
public final class PolicyFile {

    public static final String FILE_NAME = "steward-policies.yaml";
    public static final String RULE_INVALID = "policy-invalid";
    public static final String RULE_UNKNOWN_KEY = "policy-unknown-key";
    public static final String RULE_UNKNOWN_RULE = "policy-unknown-rule";

    /** The policy in effect, where it came from, and what was wrong with the file. */
    public record Loaded(Optional<Path> file, ValidationPolicy policy, List<Diagnostic> problems) {
        public Loaded {
            problems = List.copyOf(problems);
        }
    }

    private PolicyFile() {
    }

    /** Loads {@code root/steward-policies.yaml}; the default policy when there is none. */
    public static Loaded load(Path workspaceRoot) {
        return loadFile(workspaceRoot.resolve(FILE_NAME));
    }

    /**
     * The nearest policy file for {@code start} (a file or folder): looks in its folder and its
     * ancestors, stopping at the first folder that holds {@code .git} (the repository root).
     */
    public static Optional<Path> locate(Path start) {
        Path dir = start.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            dir = dir.getParent();
        }
        for (; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
            if (Files.exists(dir.resolve(".git"))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Loads a policy file; a missing file gives the default policy without problems. */
    public static Loaded loadFile(Path file) {
        if (!Files.exists(file)) {
            return new Loaded(Optional.empty(), ValidationPolicy.DEFAULT, List.of());
        }
        FileTextReader.Result read = new FileTextReader().read(file);
        if (!read.ok()) {
            return new Loaded(Optional.of(file), ValidationPolicy.DEFAULT, List.of(read.problem()));
        }
        return parse(file, read.text());
    }

    public static Loaded parse(Path file, String text) {
        YamlDocument doc = new YamlParser().parse(file, text);
        List<Diagnostic> problems = new ArrayList<>(doc.problems());
        Map<String, RuleLevel> levels = new LinkedHashMap<>();
        Map<String, RuleOptions> options = new LinkedHashMap<>();
        boolean block = ValidationPolicy.DEFAULT.blockCommitOnErrors();
        Optional<YamlNode> root = doc.root().filter(n -> !n.isNull());
        if (root.isPresent() && !(root.get() instanceof YamlMapping)) {
            problems.add(problem(file, root.get(), Severity.ERROR, RULE_INVALID,
                    "The policy file must be a mapping with 'policies' and 'commit'; found " + root.get().describe()));
        }
        Optional<YamlMapping> map = root.filter(YamlMapping.class::isInstance).map(YamlMapping.class::cast);
        if (map.isPresent()) {
            for (YamlMapping.Entry e : map.get().entries()) {
                switch (e.name()) {
                    case "policies" -> readPolicies(file, e.value(), levels, options, problems);
                    case "commit" -> block = readCommit(file, e.value(), block, problems);
                    default -> problems.add(problem(file, e.key(), Severity.WARNING, RULE_UNKNOWN_KEY,
                            "Unknown key '" + e.name() + "' in the policy file; allowed: policies, commit"));
                }
            }
        }
        return new Loaded(Optional.of(file), new ValidationPolicy(levels, block, options), problems);
    }

    private static void readPolicies(Path file, YamlNode node, Map<String, RuleLevel> levels, Map<String, RuleOptions> options,
                                     List<Diagnostic> problems) {
        if (node.isNull()) {
            return;
        }
        if (!(node instanceof YamlSequence list)) {
            problems.add(problem(file, node, Severity.ERROR, RULE_INVALID,
                    "'policies' must be a list of '- id: RULE' / 'severity: LEVEL' items; found " + node.describe()));
            return;
        }
        for (YamlNode item : list.items()) {
            if (!(item instanceof YamlMapping m)) {
                problems.add(problem(file, item, Severity.ERROR, RULE_INVALID,
                        "A policy must be a mapping with 'id' and 'severity'; found " + item.describe()));
                continue;
            }
            for (YamlMapping.Entry e : m.entries()) {
                if (!e.name().equals("id") && !e.name().equals("severity") && !RuleOptionsReader.KEYS.contains(e.name())) {
                    problems.add(problem(file, e.key(), Severity.WARNING, RULE_UNKNOWN_KEY,
                            "Unknown key '" + e.name() + "' in a policy; allowed: id, severity, max, scope"));
                }
            }
            Optional<String> id = m.text("id").map(String::trim).filter(s -> !s.isEmpty());
            if (id.isEmpty()) {
                problems.add(problem(file, m.get("id").orElse(m), Severity.ERROR, RULE_INVALID,
                        "A policy needs 'id: RULE-ID', the rule it grades (for example odcs-owner-missing)"));
                continue;
            }
            RuleOptionsReader.read(file, id.get(), m, options, problems);
            Optional<YamlNode> severityNode = m.get("severity");
            if (severityNode.isEmpty() && (m.has(RuleOptionsReader.KEY_MAX) || m.has(RuleOptionsReader.KEY_SCOPE))) {
                flagUnknownRule(file, m, id.get(), problems);
                continue; // options alone keep the rule's severity
            }
            Optional<RuleLevel> level = m.text("severity").flatMap(RuleLevel::parse);
            if (level.isEmpty()) {
                problems.add(problem(file, severityNode.orElse(m), Severity.ERROR, RULE_INVALID,
                        severityNode.isEmpty()
                                ? "Policy '" + id.get() + "' needs 'severity: error | warning | info | off'"
                                : "Severity of policy '" + id.get() + "' must be error, warning, info or off; found '"
                                        + severityNode.map(PolicyFile::shown).orElse("") + "'"));
                continue;
            }
            flagUnknownRule(file, m, id.get(), problems);
            if (levels.containsKey(id.get())) {
                problems.add(problem(file, m.get("id").orElseThrow(), Severity.WARNING, RULE_INVALID,
                        "Rule '" + id.get() + "' is given a severity twice; the last one applies"));
            }
            levels.put(id.get(), level.get());
        }
    }

    private static void flagUnknownRule(Path file, YamlMapping item, String id, List<Diagnostic> problems) {
        if (!RuleCatalog.contains(id)) {
            String hint = ClosestMatch.closest(id, RuleCatalog.ids()).map(c -> "; did you mean '" + c + "'?")
                    .orElse("; see the rule ids in the problems panel or 'steward lint --format json'");
            problems.add(problem(file, item.get("id").orElseThrow(), Severity.WARNING, RULE_UNKNOWN_RULE,
                    "No rule '" + id + "' exists, so this policy changes nothing" + hint));
        }
    }

    private static boolean readCommit(Path file, YamlNode node, boolean current, List<Diagnostic> problems) {
        if (node.isNull()) {
            return current;
        }
        if (!(node instanceof YamlMapping m)) {
            problems.add(problem(file, node, Severity.ERROR, RULE_INVALID,
                    "'commit' must be a mapping such as 'blockOnErrors: true'; found " + node.describe()));
            return current;
        }
        boolean result = current;
        for (YamlMapping.Entry e : m.entries()) {
            if (!e.name().equals("blockOnErrors")) {
                problems.add(problem(file, e.key(), Severity.WARNING, RULE_UNKNOWN_KEY,
                        "Unknown key '" + e.name() + "' under 'commit'; allowed: blockOnErrors"));
            } else if (e.value() instanceof YamlScalar s && s.isBoolean()) {
                result = s.asBoolean();
            } else {
                problems.add(problem(file, e.value(), Severity.ERROR, RULE_INVALID,
                        "'blockOnErrors' must be true or false; found " + e.value().describe()));
            }
        }
        return result;
    }

    static String shown(YamlNode n) {
        return n instanceof YamlScalar s ? s.value() : n.describe();
    }

    static Diagnostic problem(Path file, YamlNode at, Severity severity, String rule, String message) {
        return new Diagnostic(file, at.range(), severity, rule, message);
    }
}
