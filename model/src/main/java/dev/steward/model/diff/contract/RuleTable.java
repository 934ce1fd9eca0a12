package dev.steward.model.diff.contract;

import dev.steward.model.diff.ChangeKind;
import dev.steward.model.yaml.YamlNode;
import java.util.Set;

/**
 * Decides which {@link ContractRule} a change falls under, by the scope of the element and the
 * attribute that changed, and writes the line a person reads.
 */
final class RuleTable {

    /** The rule that classified one change and the line a person reads. */
    record Finding(ContractRule rule, String message) {
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
            case RENAMED -> f(scope == Scope.OBJECT ? ContractRule.SCHEMA_OBJECT_RENAMED : ContractRule.PROPERTY_RENAMED,
                    what + " renamed to `" + newName + "` (same id; consumers read it by name)");
            case UPDATED -> throw new IllegalArgumentException("an item is added, removed or renamed");
            default -> switch (scope) {
                case OBJECT -> added ? f(ContractRule.SCHEMA_OBJECT_ADDED, what + " added")
                        : f(ContractRule.SCHEMA_OBJECT_REMOVED, what + " removed");
                case PROPERTY -> {
                    if (!added) {
                        yield f(ContractRule.PROPERTY_REMOVED, what + " removed");
                    }
                    yield NodeValues.flag(child(node, "required"))
                            ? f(ContractRule.REQUIRED_PROPERTY_ADDED, what + " added as required")
                            : f(ContractRule.PROPERTY_ADDED, what + " added (optional)");
                }
                case SERVER -> added ? f(ContractRule.SERVER_ADDED, what + " added") : f(ContractRule.SERVER_REMOVED, what + " removed");
                case SLA -> added ? f(ContractRule.SLA_ADDED, what + " added: " + NodeValues.show(node))
                        : f(ContractRule.SLA_REMOVED, what + " removed (was " + NodeValues.show(node) + ")");
                case MEMBER -> added ? f(ContractRule.TEAM_MEMBER_ADDED, what + " added")
                        : f(ContractRule.TEAM_MEMBER_REMOVED, what + " removed");
                case ROLE -> added ? f(ContractRule.ROLE_ADDED, what + " added") : f(ContractRule.ROLE_REMOVED, what + " removed");
                case QUALITY -> added ? f(ContractRule.QUALITY_RULE_ADDED, what + " added")
                        : f(ContractRule.QUALITY_RULE_REMOVED, what + " removed");
                case RELATIONSHIP -> f(ContractRule.RELATIONSHIP_CHANGED, what + (added ? " added" : " removed"));
                case ENUM_VALUE -> added ? f(ContractRule.ENUM_VALUE_ADDED, what + " added")
                        : f(ContractRule.ENUM_VALUE_REMOVED, what + " removed");
                case SUPPORT -> f(ContractRule.SUPPORT_CHANGED, what + (added ? " added" : " removed"));
                case LINK -> f(ContractRule.DEFINITION_LINK_CHANGED, what + (added ? " added" : " removed"));
                default -> f(ContractRule.CUSTOM_PROPERTY_CHANGED, what + (added ? " added" : " removed"));
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
            case SERVER -> SERVER_NOTES.contains(key) ? c.is(ContractRule.SERVER_CHANGED)
                    : c.kind == ChangeKind.ADDED ? c.is(ContractRule.SERVER_CONNECTION_ADDED) : c.is(ContractRule.SERVER_CONNECTION_CHANGED);
            case SLA -> DOCS.contains(key) ? c.is(ContractRule.DESCRIPTION_CHANGED) : c.is(ContractRule.SLA_CHANGED);
            case TEAM, MEMBER -> c.is(ContractRule.TEAM_CHANGED);
            case ROLE -> DOCS.contains(key) ? c.is(ContractRule.DESCRIPTION_CHANGED) : c.is(ContractRule.ACCESS_CHANGED);
            case QUALITY -> DOCS.contains(key) || key.equals("tags") || key.equals("businessImpact")
                    ? c.is(ContractRule.DESCRIPTION_CHANGED) : c.is(ContractRule.QUALITY_RULE_CHANGED);
            case RELATIONSHIP -> c.is(ContractRule.RELATIONSHIP_CHANGED);
            case ENUM_VALUE -> c.is(ContractRule.DESCRIPTION_CHANGED);
            default -> documentation(key, c);
        };
    }

    /** One value of a set-like list ({@code enum}, {@code tags}, object {@code required}) added or removed. */
    static Finding setValue(Scope scope, String key, String attr, String owner, ChangeKind kind, String value) {
        boolean added = kind == ChangeKind.ADDED;
        String line = owner + " " + attr + " value `" + value + "` " + (added ? "added" : "removed");
        if (key.equals("enum")) {
            return added ? f(ContractRule.ENUM_VALUE_ADDED, line + " (loosened)") : f(ContractRule.ENUM_VALUE_REMOVED, line);
        }
        if (scope == Scope.TYPE_OPTIONS && key.equals("required")) {
            return added ? f(ContractRule.CONSTRAINT_TIGHTENED, line + " (tightened)") : f(ContractRule.CONSTRAINT_LOOSENED, line + " (loosened)");
        }
        if (LINEAGE.contains(key)) {
            return f(ContractRule.LINEAGE_CHANGED, line);
        }
        if (key.endsWith("Approvers")) {
            return f(ContractRule.ACCESS_CHANGED, line);
        }
        return f(key.equals("tags") ? ContractRule.TAGS_CHANGED : ContractRule.ATTRIBUTE_CHANGED, line);
    }

    private static Finding property(String key, Change c) {
        if (TYPES.contains(key)) {
            if (c.kind != ChangeKind.UPDATED) {
                return c.is(c.kind == ChangeKind.ADDED ? ContractRule.PROPERTY_TYPE_ADDED : ContractRule.PROPERTY_TYPE_REMOVED);
            }
            return Constraints.widened(NodeValues.show(c.before), NodeValues.show(c.after))
                    ? c.is(ContractRule.PHYSICAL_TYPE_WIDENED, " (widened)") : c.is(ContractRule.PROPERTY_TYPE_CHANGED);
        }
        if (Constraints.isConstraint(key)) {
            return constraint(key, c);
        }
        return switch (key) {
            case "required" -> flag(c, ContractRule.REQUIRED_ADDED, "is now required", ContractRule.REQUIRED_REMOVED, "is now optional");
            case "unique" -> flag(c, ContractRule.UNIQUE_ADDED, "must now be unique", ContractRule.UNIQUE_REMOVED, "is no longer unique");
            case "primaryKey", "primary", "primaryKeyPosition" -> effectiveSame(c) ? c.is(ContractRule.EXPLICIT_DEFAULT)
                    : c.is(ContractRule.PRIMARY_KEY_CHANGED);
            case "classification", "pii" -> switch (c.kind) {
                case ADDED -> Constraints.restricts(c.after) ? c.is(ContractRule.CLASSIFICATION_ADDED) : c.is(ContractRule.EXPLICIT_DEFAULT);
                case REMOVED -> c.is(ContractRule.CLASSIFICATION_REMOVED);
                default -> c.is(ContractRule.CLASSIFICATION_CHANGED);
            };
            case "physicalName" -> physicalName(c);
            case "references" -> c.is(ContractRule.RELATIONSHIP_CHANGED);
            case "$ref" -> c.is(ContractRule.DEFINITION_REF_CHANGED);
            case "partitioned", "partitionKeyPosition" -> c.is(ContractRule.PARTITIONING_CHANGED);
            case "encryptedName" -> c.is(ContractRule.ENCRYPTION_CHANGED);
            case "tags" -> c.is(ContractRule.TAGS_CHANGED);
            case "examples", "example" -> c.is(ContractRule.EXAMPLES_CHANGED);
            default -> LINEAGE.contains(key) ? c.is(ContractRule.LINEAGE_CHANGED) : documentation(key, c);
        };
    }

    private static Finding constraint(String key, Change c) {
        return switch (c.kind) {
            case ADDED -> Constraints.restricts(c.after) ? c.is(ContractRule.CONSTRAINT_TIGHTENED, " (tightened)")
                    : c.is(ContractRule.EXPLICIT_DEFAULT);
            case REMOVED -> c.is(ContractRule.CONSTRAINT_LOOSENED, " (loosened)");
            default -> switch (key) {
                case "pattern" -> c.is(ContractRule.PATTERN_CHANGED);
                case "format" -> c.is(ContractRule.FORMAT_CHANGED);
                default -> switch (Constraints.judge(key, c.before, c.after)) {
                    case TIGHTER -> c.is(ContractRule.CONSTRAINT_TIGHTENED, " (tightened)");
                    case LOOSER -> c.is(ContractRule.CONSTRAINT_LOOSENED, " (loosened)");
                    case UNKNOWN -> c.is(ContractRule.CONSTRAINT_CHANGED);
                };
            };
        };
    }

    private static Finding physicalName(Change c) {
        return c.kind == ChangeKind.UPDATED ? c.is(ContractRule.PHYSICAL_NAME_CHANGED) : c.is(ContractRule.PHYSICAL_NAME_DECLARED);
    }

    private static Finding object(String key, Change c) {
        if (TYPES.contains(key)) {
            return c.kind == ChangeKind.UPDATED ? c.is(ContractRule.OBJECT_TYPE_CHANGED) : c.is(ContractRule.ATTRIBUTE_CHANGED);
        }
        return switch (key) {
            case "physicalName" -> physicalName(c);
            case "primaryKey" -> c.is(ContractRule.PRIMARY_KEY_CHANGED);
            default -> documentation(key, c);
        };
    }

    private static Finding contract(String key, Change c) {
        return switch (key) {
            case "id" -> c.is(ContractRule.CONTRACT_ID_CHANGED);
            case "version" -> c.is(ContractRule.VERSION_CHANGED);
            case "status" -> c.is(ContractRule.STATUS_CHANGED);
            case "apiVersion", "kind", "dataContractSpecification" -> c.is(ContractRule.SPEC_VERSION_CHANGED);
            case "owner", "team" -> c.is(ContractRule.TEAM_CHANGED);
            case "quality" -> switch (c.kind) {
                case ADDED -> c.is(ContractRule.QUALITY_RULE_ADDED);
                case REMOVED -> c.is(ContractRule.QUALITY_RULE_REMOVED);
                default -> c.is(ContractRule.QUALITY_RULE_CHANGED);
            };
            default -> documentation(key, c);
        };
    }

    private static Finding documentation(String key, Change c) {
        if (DOCS.contains(key)) {
            return c.is(ContractRule.DESCRIPTION_CHANGED);
        }
        return c.is(key.equals("tags") ? ContractRule.TAGS_CHANGED : ContractRule.ATTRIBUTE_CHANGED);
    }

    /** A boolean flag whose absence means {@code false}: compare what it means, not how it is written. */
    private static Finding flag(Change c, ContractRule onRule, String onText, ContractRule offRule, String offText) {
        boolean was = NodeValues.flag(c.before);
        boolean now = NodeValues.flag(c.after);
        if (was == now) {
            return c.is(ContractRule.EXPLICIT_DEFAULT);
        }
        return now ? f(onRule, c.owner + " " + onText + " (" + c.attr + ": true)")
                : f(offRule, c.owner + " " + offText + " (" + c.attr + ": false)");
    }

    private static boolean effectiveSame(Change c) {
        return c.kind != ChangeKind.UPDATED && !Constraints.restricts(c.kind == ChangeKind.ADDED ? c.after : c.before);
    }

    private static YamlNode child(YamlNode node, String key) {
        return node instanceof dev.steward.model.yaml.YamlMapping m ? m.get(key).orElse(null) : null;
    }

    private static Finding f(ContractRule rule, String message) {
        return new Finding(rule, message);
    }

    /** One attribute change, with the line a person reads. */
    private record Change(String owner, String attr, ChangeKind kind, YamlNode before, YamlNode after) {

        Finding is(ContractRule rule) {
            return is(rule, "");
        }

        Finding is(ContractRule rule, String suffix) {
            String line = switch (kind) {
                case ADDED -> owner + " " + attr + " added: " + NodeValues.show(after);
                case REMOVED -> owner + " " + attr + " removed (was " + NodeValues.show(before) + ")";
                default -> owner + " " + attr + " " + NodeValues.show(before) + " → " + NodeValues.show(after);
            };
            return new Finding(rule, line + suffix);
        }
    }
}
