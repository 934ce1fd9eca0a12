package dev.steward.model.contract.odcs.rules;

import dev.steward.model.contract.odcs.OdcsContract;
import dev.steward.model.contract.odcs.OdcsContract.Property;
import dev.steward.model.contract.odcs.OdcsContract.SchemaObject;
import dev.steward.model.contract.semantic.Findings;
import dev.steward.model.contract.semantic.ReferenceResolver;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.validation.ValidationContext;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlScalar;
import dev.steward.model.yaml.YamlSequence;
import java.util.List;
import java.util.Optional;

/**
 * Relationship ends ({@code from} and {@code to}, at schema and property level) must name
 * elements that exist, here or in another contract of the workspace; composite keys must pair
 * lists of equal length. Unresolved ends are warnings: the target may live in a contract outside
 * the workspace. A mismatched composite key is an error: no reading of it makes sense.
 */
public final class RelationshipRule implements OdcsRule {

    public static final String TARGET = "odcs-relationship-target";
    public static final String ARITY = "odcs-relationship-arity";

    @Override
    public void check(OdcsContract contract, ValidationContext context, Findings findings) {
        ReferenceResolver resolver = new ReferenceResolver(contract.summary(), context.index(), contract.document().path());
        for (SchemaObject schema : contract.schemas()) {
            for (YamlMapping relationship : relationships(schema.node())) {
                Optional<YamlNode> from = relationship.get("from");
                Optional<YamlNode> to = relationship.get("to");
                from.ifPresent(node -> checkEnds(contract, resolver, node, "source", findings));
                to.ifPresent(node -> checkEnds(contract, resolver, node, "target", findings));
                if (from.isPresent() && to.isPresent()) {
                    checkArity(from.get(), to.get(), findings);
                }
            }
            for (Property property : schema.allProperties()) {
                for (YamlMapping relationship : relationships(property.node())) {
                    relationship.get("to").ifPresent(to -> {
                        checkEnds(contract, resolver, to, "target", findings);
                        if (to instanceof YamlSequence list && list.size() > 1) {
                            findings.add(Severity.ERROR, ARITY, to.range(), "A relationship on property '" + property.path()
                                    + "' starts from that one property, but 'to' lists " + list.size()
                                    + " targets; declare a composite key at schema level with 'from' and 'to' lists");
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

    private static void checkEnds(OdcsContract contract, ReferenceResolver resolver, YamlNode node, String end, Findings findings) {
        if (node instanceof YamlScalar scalar) {
            checkEnd(contract, resolver, scalar, end, findings);
        } else if (node instanceof YamlSequence list) {
            for (YamlNode item : list.items()) {
                if (item instanceof YamlScalar scalar) {
                    checkEnd(contract, resolver, scalar, end, findings);
                }
            }
        }
    }

    private static void checkEnd(OdcsContract contract, ReferenceResolver resolver, YamlScalar reference, String end, Findings findings) {
        if (reference.type() != YamlScalar.Type.NULL && !reference.value().isBlank()) {
            resolver.check(reference.value()).ifPresent(problem ->
                    problem.report(contract.document(), reference, "Relationship " + end, Severity.WARNING, TARGET, findings));
        }
    }

    private static void checkArity(YamlNode from, YamlNode to, Findings findings) {
        boolean fromList = from instanceof YamlSequence;
        boolean toList = to instanceof YamlSequence;
        if (fromList != toList) {
            YamlNode list = fromList ? from : to;
            findings.add(Severity.ERROR, ARITY, to.range(), "'" + (fromList ? "from" : "to") + "' is a list of "
                    + ((YamlSequence) list).size() + " but '" + (fromList ? "to" : "from") + "' is a single reference;"
                    + " both ends must be single references, or lists of the same length for a composite key");
        } else if (fromList && ((YamlSequence) from).size() != ((YamlSequence) to).size()) {
            int f = ((YamlSequence) from).size();
            int t = ((YamlSequence) to).size();
            findings.add(Severity.ERROR, ARITY, to.range(), "Composite key: 'from' lists " + f + " propert" + (f == 1 ? "y" : "ies")
                    + " but 'to' lists " + t + "; each source property pairs with one target, so both lists need the same length");
        }
    }
}
