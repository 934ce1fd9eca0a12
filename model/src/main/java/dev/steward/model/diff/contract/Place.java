package dev.steward.model.diff.contract;

import dev.steward.model.lineage.LineageIds;
import java.util.Optional;

/**
 * Where the walk is: the dotted element path so far, the element a person reads changes as
 * belonging to ("property `orders.amount`"), and the lineage node of that element.
 *
 * @param path         dotted element path with natural keys
 * @param owner        the owning element as a person reads it
 * @param attrPrefix   prefix for attribute names inside nested blocks ({@code logicalTypeOptions.})
 * @param contractId   the contract's id (or file stem)
 * @param object       the schema object or model name, when inside one
 * @param propertyPath the dotted property path, when inside a property
 */
record Place(String path, String owner, String attrPrefix, String contractId, Optional<String> object,
             Optional<String> propertyPath) {

    static Place root(String contractId) {
        return new Place("", "contract", "", contractId, Optional.empty(), Optional.empty());
    }

    String child(String segment) {
        return path.isEmpty() ? segment : path + "." + segment;
    }

    /** A nested block of the same owner: {@code items}, {@code logicalTypeOptions}, {@code description}. */
    Place block(String key) {
        return new Place(child(key), owner, attrPrefix + key + ".", contractId, object, propertyPath);
    }

    /** A new owner: a list item or map entry, {@code path} extended by its key segments. */
    Place owned(String childPath, String ownerText) {
        return new Place(childPath, ownerText, "", contractId, object, propertyPath);
    }

    Place object(String childPath, String name, String noun) {
        return new Place(childPath, noun + " `" + name + "`", "", contractId, Optional.of(name), Optional.empty());
    }

    Place property(String childPath, String name, String noun) {
        String objectName = object.orElse("");
        String propPath = propertyPath.map(p -> p + "." + name).orElse(name);
        return new Place(childPath, noun + " `" + (objectName.isEmpty() ? propPath : objectName + "." + propPath) + "`", "",
                contractId, object, Optional.of(propPath));
    }

    /** This place about an element named {@code object.property.path} (an SLA's {@code element}). */
    Place concerning(String element) {
        if (element.isBlank()) {
            return this;
        }
        int dot = element.indexOf('.');
        return dot <= 0 ? new Place(path, owner, attrPrefix, contractId, Optional.of(element), Optional.empty())
                : new Place(path, owner, attrPrefix, contractId, Optional.of(element.substring(0, dot)),
                Optional.of(element.substring(dot + 1)));
    }

    /** The lineage node this place concerns. */
    String subject() {
        if (object.isEmpty()) {
            return LineageIds.contract(contractId);
        }
        return propertyPath.map(p -> LineageIds.property(contractId, object.get(), p))
                .orElseGet(() -> LineageIds.schemaObject(contractId, object.get()));
    }
}
