package dev.steward.model.mesh.schema;

import dev.steward.model.contract.schema.SpecFamily;
import dev.steward.model.contract.schema.Version;
import java.util.List;

/** The structure of the Data Product Specification 0.0.1, written from the standard. Built once. */
public final class DpsSchema {

    public static final String CURRENT = "0.0.1";

    private static final SpecFamily FAMILY = new SpecFamily(List.of(new DpsSpecBuilder(Version.of(CURRENT)).build()));

    private DpsSchema() {
    }

    public static SpecFamily family() {
        return FAMILY;
    }
}
