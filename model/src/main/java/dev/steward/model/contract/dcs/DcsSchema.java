package dev.steward.model.contract.dcs;

import dev.steward.model.contract.schema.Spec;
import dev.steward.model.contract.schema.SpecFamily;
import dev.steward.model.contract.schema.Version;
import java.util.List;
import java.util.Optional;

/** The structure of the Data Contract Specification 0.9.0 to 1.2.1, written from the standard. Built once. */
public final class DcsSchema {

    /** The last DCS version; DCS itself is deprecated in favour of ODCS. */
    public static final String CURRENT = "1.2.1";

    private static final SpecFamily FAMILY = new SpecFamily(List.of("0.9.0", "0.9.1", "0.9.2", "0.9.3", "1.1.0", "1.2.0", "1.2.1")
            .stream().map(v -> new DcsSpecBuilder(Version.of(v)).build()).toList());

    private DcsSchema() {
    }

    public static SpecFamily family() {
        return FAMILY;
    }

    public static Optional<Spec> forVersion(String version) {
        return FAMILY.find(version);
    }

    public static Spec current() {
        return FAMILY.find(CURRENT).orElseThrow();
    }
}
