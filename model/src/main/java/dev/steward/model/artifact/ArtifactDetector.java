package dev.steward.model.artifact;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises Steward artifacts by content, never by file name. Works on the raw text so that a
 * contract with broken YAML is still recognised (and its syntax error reported).
 */
public final class ArtifactDetector {

    private static final Pattern ODCS_KIND = Pattern.compile("(?m)^kind\\s*:\\s*['\"]?DataContract['\"]?\\s*(#.*)?$");
    private static final Pattern ODCS_API = Pattern.compile("(?m)^apiVersion\\s*:");
    private static final Pattern DCS = Pattern.compile("(?m)^dataContractSpecification\\s*:");

    private ArtifactDetector() {
    }

    public static Optional<ArtifactKind> detect(String text) {
        if (DCS.matcher(text).find()) {
            return Optional.of(ArtifactKind.DCS);
        }
        if (ODCS_KIND.matcher(text).find() && ODCS_API.matcher(text).find()) {
            return Optional.of(ArtifactKind.ODCS);
        }
        return Optional.empty();
    }
}
