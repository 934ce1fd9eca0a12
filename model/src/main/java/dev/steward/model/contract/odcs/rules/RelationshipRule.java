package dev.steward.model.contract.odcs.rules;

import dev.steward.model.contract.odcs.OdcsContract;
import dev.steward.model.contract.odcs.OdcsContract.Property;
import dev.steward.model.contract.odcs.OdcsContract.SchemaObject;
import dev.steward.model.contract.semantic.Findings;
import dev.steward.model.contract.semantic.ReferenceResolver;
import dev.steward.model.contract.semantic.ReferenceResolver.Resolution;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.validation.ValidationContext;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlScalar;
import dev.steward.model.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Relationship ends ({@code from} and {@code to}, at schema and property level) must name
 * elements that exist, here or in another contract of the workspace; composite keys must pair
 * lists of equal length; paired ends should have the same logical type. Unresolved ends are
 * warnings: the target may live in a contract outside the workspace. A mismatched composite key
 * is an error: no reading of it makes sense.
 */
public final class RelationshipRule implements OdcsRule {

    public static final String TARGET = "odcs-relationship-target";
    public static final String ARITY = "odcs-relationship-arity";
    public static final String TYPE = "odcs-relationship-type";

    /** Logical types that compare as equals in a join. */
    private static final Set<String> NUMERIC = Set.of("integer", "number");

    /** One end of a relationship: the scalar written (null for the implicit property-level source) and its logical type. */
    private record End(YamlScalar reference, String name, String logicalType) {
    }

    @Override
    public void check(OdcsContract contract, ValidationContext context, Findings findings) {
        ReferenceResolver resolver = new ReferenceResolver(contract.summary(), context.index(), contract.document().path());
        for (SchemaObject schema : contract.schemas()) {
            for (YamlMapping relationship : relationships(schema.node())) {
                Optional<YamlNode> from = relationship.get("from");
                Optional<YamlNode> to = relationship.get("to");
                List<End> sources = from.map(node -> resolveEnds(contract, resolver, node, "source", findings)).orElse(List.of());
                List<End> targets = to.map(node -> resolveEnds(contract, resolver, node, "target", findings)).orElse(List.of());
                if (from.isPresent() && to.isPresent() && checkArity(from.get(), to.get(), findings)) {
                    compareTypes(sources, targets, findings);
                }
            }
            for (Property property : schema.allProperties()) {
                for (YamlMapping relationship : relationships(property.node())) {
                    relationship.get("to").ifPresent(to -> {
                        List<End> targets = resolveEnds(contract, resolver, to, "target", findings);
                        if (to instanceof YamlSequence list && list.size() > 1) {
                            findings.add(Severity.ERROR, ARITY, to.range(), "A relationship on property '" + property.path()
                                    + "' starts from that one property, but 'to' lists " + list.size()
                                    + " targets; declare a composite key at schema level with 'from' and 'to' lists");
                        } else {
                            End source = new End(null, schema.nameText() + "." + property.path(), property.logicalType());
                            compareTypes(List.of(source), targets, findings);
                        }
                    });
                }
            }
        }
    }

    private static List<YamlMapping> relationships(YamlMapping owner) {
        return owner.sequence("relationships")
                .map(list -> list.items().stream().filter(YamlMapping.class::isInstance).map(YamlMapping.class::cast).toList())
                .orElse(List.of());
    }

    /** Resolves every reference of {@code node} (one scalar or a list), reporting those that do not resolve. */
    private static List<End> resolveEnds(OdcsContract contract, ReferenceResolver resolver, YamlNode node, String end,
                                         Findings findings) {
        List<YamlNode> items = node instanceof YamlSequence list ? list.items() : List.of(node);
        List<End> ends = new ArrayList<>(items.size());
        for (YamlNode item : items) {
            if (!(item instanceof YamlScalar reference) || reference.type() == YamlScalar.Type.NULL || reference.value().isBlank()) {
                ends.add(null);
                continue;
            }
            Resolution resolution = resolver.resolve(reference.value());
            if (resolution.problem() != null) {
                resolution.problem().report(contract.document(), reference, "Relationship " + end, Severity.WARNING, TARGET, findings);
            }
            ends.add(new End(reference, reference.value(),
                    resolution.target() == null ? null : resolution.target().logicalType()));
        }
        return ends;
    }

    /** Reports ends whose logical types differ, pair by pair. */
    private static void compareTypes(List<End> sources, List<End> targets, Findings findings) {
        for (int i = 0; i < Math.min(sources.size(), targets.size()); i++) {
            End source = sources.get(i);
            End target = targets.get(i);
            if (source == null || target == null || source.logicalType() == null || target.logicalType() == null
                    || source.logicalType().equals(target.logicalType())
                    || NUMERIC.contains(source.logicalType()) && NUMERIC.contains(target.logicalType())) {
                continue;
            }
            findings.add(Severity.WARNING, TYPE, target.reference().range(), "Relationship from '" + source.name() + "' ("
                    + source.logicalType() + ") to '" + target.name() + "' (" + target.logicalType()
                    + "): the logical types differ, so the key compares unlike values; make both ends the same type");
        }
    }

    /** Reports ends of different shapes; true when they pair up one to one. */
    private static boolean checkArity(YamlNode from, YamlNode to, Findings findings) {
        boolean fromList = from instanceof YamlSequence;
        boolean toList = to instanceof YamlSequence;
        if (fromList != toList) {
            YamlNode list = fromList ? from : to;
            findings.add(Severity.ERROR, ARITY, to.range(), "'" + (fromList ? "from" : "to") + "' is a list of "
                    + ((YamlSequence) list).size() + " but '" + (fromList ? "to" : "from") + "' is a single reference;"
                    + " both ends must be single references, or lists of the same length for a composite key");
            return false;
        }
        if (fromList && ((YamlSequence) from).size() != ((YamlSequence) to).size()) {
            int f = ((YamlSequence) from).size();
            int t = ((YamlSequence) to).size();
            findings.add(Severity.ERROR, ARITY, to.range(), "Composite key: 'from' lists " + f + " propert" + (f == 1 ? "y" : "ies")
                    + " but 'to' lists " + t + "; each source property pairs with one target, so both lists need the same length");
            return false;
        }
        return true;
    }
}
