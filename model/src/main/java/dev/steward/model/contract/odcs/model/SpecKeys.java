package dev.steward.model.contract.odcs.model;

import dev.steward.model.contract.schema.ObjectType;
import dev.steward.model.contract.schema.Spec;
import dev.steward.model.contract.schema.SpecFamily;
import dev.steward.model.contract.schema.Variant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Key names taken from the declarative spec of a standard (all versions together), for the
 * typed readers that keep type-specific fields by name (servers, service levels).
 */
public final class SpecKeys {
    private SpecKeys() {
    }

    /** The keys the variants of {@code typeId} add (e.g. each server type's fields), minus {@code typed}. */
    public static Set<String> variantKeys(SpecFamily family, String typeId, Set<String> typed) {
        Set<String> out = new LinkedHashSet<>();
        for (Spec spec : family.specs()) {
            ObjectType type = spec.type(typeId);
            if (type != null) {
                for (Variant v : type.variants()) {
                    v.fields().keySet().stream().filter(k -> !typed.contains(k)).forEach(out::add);
                }
            }
        }
        return Set.copyOf(out);
    }

    /** The base keys of {@code typeId}, minus {@code typed}. */
    public static Set<String> keys(SpecFamily family, String typeId, Set<String> typed) {
        Set<String> out = new LinkedHashSet<>();
        for (Spec spec : family.specs()) {
            ObjectType type = spec.type(typeId);
            if (type != null) {
                type.fields().keySet().stream().filter(k -> !typed.contains(k)).forEach(out::add);
            }
        }
        return Set.copyOf(out);
    }
}
