package dev.steward.model.mesh.schema;

import dev.steward.model.contract.schema.SpecFamily;
import dev.steward.model.contract.schema.Version;
import java.util.List;

/**
 * The structure of Bitol ODPS v0.9.0 and v1.0.0, written from the standard (its documentation and
 * JSON Schemas, which serve as test oracles only). Built once.
 */
public final class OdpsSchema {

    /** The released version new data products should declare. */
    public static final String CURRENT = "v1.0.0";
    /** The version v1.0.0 deprecated (approved 2025-09-24). */
    public static final String DEPRECATED = "v0.9.0";
    /** Rule ids of the structural checks of data product files start with this. */
    public static final String RULE_PREFIX = "product";

    private static final SpecFamily FAMILY = new SpecFamily(List.of(DEPRECATED, CURRENT).stream()
            .map(v -> new OdpsSpecBuilder(Version.of(v)).build()).toList());

    private OdpsSchema() {
    }

    public static SpecFamily family() {
        return FAMILY;
    }
}
