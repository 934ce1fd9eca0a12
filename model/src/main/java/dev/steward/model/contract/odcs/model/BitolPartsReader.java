package dev.steward.model.contract.odcs.model;

import dev.steward.model.yaml.YamlMapping;
import java.util.List;

/**
 * Reads the structures the Bitol standards share (ODCS and the Open Data Product Standard):
 * descriptions, custom properties, authoritative definitions, support channels and teams, into the
 * records of this package. For readers of other Bitol standards; same conventions as
 * {@link DataContractReader}.
 */
public final class BitolPartsReader {
    private BitolPartsReader() {
    }

    public static List<CustomProperty> customProperties(FieldReader f) {
        return CommonReader.customProperties(f);
    }

    public static List<AuthoritativeDefinition> authoritativeDefinitions(FieldReader f) {
        return CommonReader.authoritativeDefinitions(f);
    }

    public static Description description(YamlMapping m) {
        return ContractPartsReader.description(m);
    }

    public static SupportChannel support(YamlMapping m) {
        return ContractPartsReader.support(m);
    }

    /** The team object or the older bare list of members ({@link Team#listForm()}); null when absent or neither. */
    public static Team team(FieldReader root) {
        return ContractPartsReader.team(root);
    }
}
