package dev.steward.model.contract.schema;

import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlSequence;
import java.util.Optional;

/**
 * One of a few shapes told apart by the kind of node: a mapping, a list or a scalar (e.g. ODCS
 * {@code team}: an object, or the deprecated list of members). Never a JSON-Schema-style oneOf
 * guess: the node kind picks the branch, so messages stay about one shape.
 */
public record ChoiceShape(Shape whenMapping, Shape whenList, Shape whenScalar) implements Shape {

    public Optional<Shape> branchFor(YamlNode node) {
        Shape s = node instanceof YamlMapping ? whenMapping : node instanceof YamlSequence ? whenList : whenScalar;
        return Optional.ofNullable(s);
    }

    @Override
    public String expected() {
        StringBuilder b = new StringBuilder();
        for (Shape s : new Shape[] {whenMapping, whenList, whenScalar}) {
            if (s != null) {
                b.append(b.isEmpty() ? "" : " or ").append(s.expected());
            }
        }
        return b.toString();
    }
}
