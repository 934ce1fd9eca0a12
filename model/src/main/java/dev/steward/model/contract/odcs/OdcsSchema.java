package dev.steward.model.contract.odcs;

import dev.steward.model.contract.schema.Spec;
import dev.steward.model.contract.schema.SpecFamily;
import dev.steward.model.contract.schema.Version;
import java.util.List;
import java.util.Optional;

/**
 * The structure of ODCS v3.0.0, v3.0.1, v3.0.2, v3.1.0 and the v3.2.0 draft, written from the
 * standard (its documentation and JSON Schemas, which serve as test oracles only). Built once.
 */
public final class OdcsSchema {

    /** The released version new contracts should declare. */
    public static final String CURRENT = "v3.1.0";
    /** Versions that are drafts, not released. */
    public static final List<String> DRAFTS = List.of("v3.2.0");

    private static final SpecFamily FAMILY = new SpecFamily(List.of("v3.0.0", "v3.0.1", "v3.0.2", "v3.1.0", "v3.2.0")
            .stream().map(v -> new OdcsSpecBuilder(Version.of(v)).build()).toList());

    private OdcsSchema() {
    }

    public static SpecFamily family() {
        return FAMILY;
    }

    public static Optional<Spec> forVersion(String apiVersion) {
        return FAMILY.find(apiVersion);
    }

    public static Spec current() {
        return FAMILY.find(CURRENT).orElseThrow();
    }

    /** "v3.0.0, v3.0.1, v3.0.2, v3.1.0, v3.2.0 (draft)". */
    public static String supportedText() {
        return String.join(", ", FAMILY.specs().stream().map(s -> s.version().label()
                + (DRAFTS.contains(s.version().label()) ? " (draft)" : "")).toList());
    }
}
