package dev.steward.model.diff.contract;

import static dev.steward.model.diff.ChangeSeverity.BREAKING;
import static dev.steward.model.diff.ChangeSeverity.INFO;
import static dev.steward.model.diff.ChangeSeverity.WARNING;

import dev.steward.model.diff.ChangeKind;
import dev.steward.model.diff.ChangeSeverity;
import dev.steward.model.yaml.YamlNode;
import java.util.Set;

/**
 * The contract rule table: what each change means to consumers. Seeded from datacontract-cli's
 * legacy table (v0.10.41) and the proposed ODCS ruleset (PR #1482), and extended: removed or
 * retyped elements, tightened constraints, new requirements, removed classification and primary
 * key changes break consumers; loosened constraints and relationship, access and server changes
 * need a look; documentation and additions are information.
 */
final class RuleTable {

    /** The rule that classified one change and the line a person reads. */
    record Finding(String rule, ChangeSeverity severity, String message) {
    }

    private static final Set<String> TYPES = Set.of("logicalType", "physicalType", "type");
    private static final Set<String> DOCS = Set.of("description", "title", "businessName", "dataGranularityDescription",
            "purpose", "usage", "limitations", "name", "label");
    private static final Set<String> LINEAGE = Set.of("transformSourceObjects", "transformLogic", "transformDescription", "lineage");
    private static final Set<String> SERVER_NOTES = Set.of("description", "id", "customProperties");

    private RuleTable() {
    }

    /** A whole item of a collection added, removed or renamed. {@code what} names it: "property `orders.amount`". */
    static Finding item(Scope scope, ChangeKind kind, String what, YamlNode node, String newName) {
        boolean added = kind == ChangeKind.ADDED;
        return switch (kind) {
            case RENAMED -> new Finding(scope == Scope.OBJECT ? "schema-object-renamed" : "property-renamed", BREAKING,
                    what + " renamed to `" + newName + "` (same id; consumers read it by name)");
            case UPDATED -> throw new IllegalArgumentException("an item is added, removed or renamed");
            default -> switch (scope) {
                case OBJECT -> added ? f("schema-object-added", INFO, what + " added")
                        : f("schema-object-removed", BREAKING, what + " removed");
                case PROPERTY -> {
                    if (!added) {
                        yield f("property-removed", BREAKING, what + " removed");
                    }
                    yield NodeValues.flag(child(node, "required"))
                            ? f("required-property-added", BREAKING, what + " added as required")
                            : f("property-added", INFO, what + " added (optional)");
                }
                case SERVER -> added ? f("server-added", INFO, what + " added") : f("server-removed", BREAKING, what + " removed");
                case SLA -> added ? f("sla-added", INFO, what + " added: " + NodeValues.show(node))
                        : f("sla-removed", BREAKING, what + " removed (was " + NodeValues.show(node) + ")");
                case MEMBER -> added ? f("team-member-added", INFO, what + " added")
                        : f("team-member-removed", WARNING, what + " removed");
                case ROLE -> added ? f("role-added", INFO, what + " added") : f("role-removed", WARNING, what + " removed");
                case QUALITY -> added ? f("quality-rule-added", INFO, what + " added")
                        : f("quality-rule-removed", WARNING, what + " removed");
                case RELATIONSHIP -> f("relationship-changed", WARNING, what + (added ? " added" : " removed"));
                case ENUM_VALUE -> added ? f("enum-value-added", WARNING, what + " added")
                        : f("enum-value-removed", BREAKING, what + " removed");
                case SUPPORT -> f("support-changed", INFO, what + (added ? " added" : " removed"));
                case LINK -> f("definition-link-changed", INFO, what + (added ? " added" : " removed"));
                default -> f("custom-property-changed", INFO, what + (added ? " added" : " removed"));
            };
        };
    }

    /**
     * One attribute added, removed or updated. {@code owner} names the element ("property
     * `orders.amount`"), {@code attr} the attribute as written ("logicalTypeOptions.maxLength").
     */
    static Finding attribute(Scope scope, String key, String attr, String owner, ChangeKind kind, YamlNode before, YamlNode after) {
        Change c = new Change(owner, attr, kind, before, after);
        return switch (scope) {
            case PROPERTY, TYPE_OPTIONS -> property(key, c);
            case OBJECT -> object(key, c);
            case CONTRACT, INFO -> contract(key, c);
            case SERVER -> SERVER_NOTES.contains(key) ? c.is("server-changed", INFO)
                    : c.kind == ChangeKind.ADDED ? c.is("server-connection-added", WARNING) : c.is("server-connection-changed", BREAKING);
            case SLA -> DOCS.contains(key) ? c.is("description-changed", INFO) : c.is("sla-changed", WARNING);
            case TEAM, MEMBER -> c.is("team-changed", INFO);
            case ROLE -> DOCS.contains(key) ? c.is("description-changed", INFO) : c.is("access-changed", WARNING);
            case QUALITY -> DOCS.contains(key) || key.equals("tags") || key.equals("businessImpact")
                    ? c.is("description-changed", INFO) : c.is("quality-rule-changed", WARNING);
            case RELATIONSHIP -> c.is("relationship-changed", WARNING);
            case ENUM_VALUE -> c.is("description-changed", INFO);
            default -> documentation(key, c);
        };
    }

    /** One value of a set-like list ({@code enum}, {@code tags}, object {@code required}) added or removed. */
    static Finding setValue(Scope scope, String key, String attr, String owner, ChangeKind kind, String value) {
        boolean added = kind == ChangeKind.ADDED;
        String line = owner + " " + attr + " value `" + value + "` " + (added ? "added" : "removed");
        if (key.equals("enum")) {
            return added ? f("enum-value-added", WARNING, line + " (loosened)") : f("enum-value-removed", BREAKING, line);
        }
        if (scope == Scope.TYPE_OPTIONS && key.equals("required")) {
            return added ? f("constraint-tightened", BREAKING, line + " (tightened)") : f("constraint-loosened", WARNING, line + " (loosened)");
        }
        if (LINEAGE.contains(key)) {
            return f("lineage-changed", INFO, line);
        }
        if (key.endsWith("Approvers")) {
            return f("access-changed", WARNING, line);
        }
        return f(key.equals("tags") ? "tags-changed" : "attribute-changed", INFO, line);
    }

    private static Finding property(String key, Change c) {
        if (TYPES.contains(key)) {
            return c.kind == ChangeKind.UPDATED ? c.is("property-type-changed", BREAKING)
                    : c.is(c.kind == ChangeKind.ADDED ? "property-type-added" : "property-type-removed", WARNING);
        }
        if (Constraints.isConstraint(key)) {
            return constraint(key, c);
        }
        return switch (key) {
            case "required" -> flag(c, "required-added", BREAKING, "is now required", "required-removed", WARNING, "is now optional");
            case "unique" -> flag(c, "unique-added", BREAKING, "must now be unique", "unique-removed", WARNING, "is no longer unique");
            case "primaryKey", "primary", "primaryKeyPosition" -> effectiveSame(c) ? c.is("explicit-default", INFO)
                    : c.is("primary-key-changed", BREAKING);
            case "classification", "pii" -> switch (c.kind) {
                case ADDED -> Constraints.restricts(c.after) ? c.is("classification-added", WARNING) : c.is("explicit-default", INFO);
                case REMOVED -> c.is("classification-removed", BREAKING);
                default -> c.is("classification-changed", BREAKING);
            };
            case "physicalName" -> physicalName(c);
            case "references" -> c.is("relationship-changed", WARNING);
            case "$ref" -> c.is("definition-ref-changed", WARNING);
            case "partitioned", "partitionKeyPosition" -> c.is("partitioning-changed", WARNING);
            case "encryptedName" -> c.is("encryption-changed", WARNING);
            case "tags" -> c.is("tags-changed", INFO);
            case "examples", "example" -> c.is("examples-changed", INFO);
            default -> LINEAGE.contains(key) ? c.is("lineage-changed", INFO) : documentation(key, c);
        };
    }

    private static Finding constraint(String key, Change c) {
        return switch (c.kind) {
            case ADDED -> Constraints.restricts(c.after) ? c.is("constraint-tightened", BREAKING, " (tightened)")
                    : c.is("explicit-default", INFO);
            case REMOVED -> c.is("constraint-loosened", WARNING, " (loosened)");
            default -> switch (key) {
                case "pattern" -> c.is("pattern-changed", BREAKING);
                case "format" -> c.is("format-changed", BREAKING);
                default -> switch (Constraints.judge(key, c.before, c.after)) {
                    case TIGHTER -> c.is("constraint-tightened", BREAKING, " (tightened)");
                    case LOOSER -> c.is("constraint-loosened", WARNING, " (loosened)");
                    case UNKNOWN -> c.is("constraint-changed", WARNING);
                };
            };
        };
    }

    private static Finding physicalName(Change c) {
        return c.kind == ChangeKind.UPDATED ? c.is("physical-name-changed", BREAKING) : c.is("physical-name-declared", WARNING);
    }

    private static Finding object(String key, Change c) {
        if (TYPES.contains(key)) {
            return c.kind == ChangeKind.UPDATED ? c.is("object-type-changed", BREAKING) : c.is("attribute-changed", INFO);
        }
        return switch (key) {
            case "physicalName" -> physicalName(c);
            case "primaryKey" -> c.is("primary-key-changed", BREAKING);
            default -> documentation(key, c);
        };
    }

    private static Finding contract(String key, Change c) {
        return switch (key) {
            case "id" -> c.is("contract-id-changed", BREAKING);
            case "version" -> c.is("version-changed", INFO);
            case "status" -> c.is("status-changed", WARNING);
            case "apiVersion", "kind", "dataContractSpecification" -> c.is("spec-version-changed", INFO);
            case "owner", "team" -> c.is("team-changed", INFO);
            case "quality" -> switch (c.kind) {
                case ADDED -> c.is("quality-rule-added", INFO);
                case REMOVED -> c.is("quality-rule-removed", WARNING);
                default -> c.is("quality-rule-changed", WARNING);
            };
            default -> documentation(key, c);
        };
    }

    private static Finding documentation(String key, Change c) {
        if (DOCS.contains(key)) {
            return c.is("description-changed", INFO);
        }
        return c.is(key.equals("tags") ? "tags-changed" : "attribute-changed", INFO);
    }

    /** A boolean flag whose absence means {@code false}: compare what it means, not how it is written. */
    private static Finding flag(Change c, String onRule, ChangeSeverity onSeverity, String onText,
                                String offRule, ChangeSeverity offSeverity, String offText) {
        boolean was = NodeValues.flag(c.before);
        boolean now = NodeValues.flag(c.after);
        if (was == now) {
            return c.is("explicit-default", INFO);
        }
        return now ? f(onRule, onSeverity, c.owner + " " + onText + " (" + c.attr + ": true)")
                : f(offRule, offSeverity, c.owner + " " + offText + " (" + c.attr + ": false)");
    }

    private static boolean effectiveSame(Change c) {
        return c.kind != ChangeKind.UPDATED && !Constraints.restricts(c.kind == ChangeKind.ADDED ? c.after : c.before);
    }

    private static YamlNode child(YamlNode node, String key) {
        return node instanceof dev.steward.model.yaml.YamlMapping m ? m.get(key).orElse(null) : null;
    }

    private static Finding f(String rule, ChangeSeverity severity, String message) {
        return new Finding(rule, severity, message);
    }

    /** One attribute change, with the line a person reads. */
    private record Change(String owner, String attr, ChangeKind kind, YamlNode before, YamlNode after) {

        Finding is(String rule, ChangeSeverity severity) {
            return is(rule, severity, "");
        }

        Finding is(String rule, ChangeSeverity severity, String suffix) {
            String line = switch (kind) {
                case ADDED -> owner + " " + attr + " added: " + NodeValues.show(after);
                case REMOVED -> owner + " " + attr + " removed (was " + NodeValues.show(before) + ")";
                default -> owner + " " + attr + " " + NodeValues.show(before) + " → " + NodeValues.show(after);
            };
            return new Finding(rule, severity, line + suffix);
        }
    }
}
