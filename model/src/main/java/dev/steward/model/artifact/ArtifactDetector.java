package dev.steward.model.artifact;

import dev.steward.model.mesh.product.ProductStandard;
import dev.steward.model.semantic.SemanticRecognizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises Steward artifacts by content, never by file name. Works on the raw text so that a
 * contract with broken YAML is still recognised (and its syntax error reported). Only top-level
 * keys count (lines starting in column 1), so nested look-alikes are ignored. A file that is no
 * contract is a data product when {@link ProductStandard} recognises it with its version key
 * ({@code apiVersion} + {@code kind: DataProduct}, or {@code dataProductSpecification}), else a
 * semantic-layer file when {@link SemanticRecognizer} says so, else a DPS file of the GitOps shape
 * without version key ({@code id}, {@code info}, ports).
 */
public final class ArtifactDetector {

    private static final Pattern DPS_VERSION_KEY = Pattern.compile("^(?:\\uFEFF)?dataProductSpecification[ \\t]*:",
            Pattern.MULTILINE);

    private ArtifactDetector() {
    }

    public static Optional<ArtifactKind> detect(String text) {
        boolean kindDataContract = false;
        boolean apiVersion = false;
        int length = text.length();
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        while (start < length) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            char first = text.charAt(start);
            if (first == 'd' && isKey(text, start, end, "dataContractSpecification")) {
                return Optional.of(ArtifactKind.DCS);
            }
            if (first == 'k' && isKey(text, start, end, "kind")) {
                kindDataContract |= "DataContract".equals(value(text, start + "kind".length(), end));
            } else if (first == 'a' && isKey(text, start, end, "apiVersion")) {
                apiVersion = true;
            }
            start = end + 1;
        }
        if (kindDataContract && apiVersion) {
            return Optional.of(ArtifactKind.ODCS);
        }
        Optional<ProductStandard> product = ProductStandard.detect(text);
        if (product.isPresent() && declaresStandard(text, product.get())) {
            return Optional.of(ArtifactKind.DATA_PRODUCT);
        }
        if (SemanticRecognizer.recognises(text)) {
            return Optional.of(ArtifactKind.SEMANTIC);
        }
        return product.map(p -> ArtifactKind.DATA_PRODUCT); // DPS GitOps file without its version key
    }

    /** Whether the product file names its standard's version key at the top level (not the GitOps DPS shape). */
    private static boolean declaresStandard(String text, ProductStandard standard) {
        return standard == ProductStandard.ODPS || DPS_VERSION_KEY.matcher(text).find();
    }

    /** Whether the line {@code [start, end)} is {@code key}, optional blanks, then ':'. */
    private static boolean isKey(String text, int start, int end, String key) {
        if (!text.startsWith(key, start)) {
            return false;
        }
        int i = start + key.length();
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i < end && text.charAt(i) == ':';
    }

    /** The plain or quoted scalar after the ':' of a key line, without a trailing comment. */
    private static String value(String text, int afterKey, int end) {
        int colon = text.indexOf(':', afterKey);
        String v = text.substring(colon + 1, end);
        int hash = v.indexOf(" #");
        if (hash >= 0) {
            v = v.substring(0, hash);
        }
        v = v.strip();
        if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.charAt(v.length() - 1) == v.charAt(0)) {
            v = v.substring(1, v.length() - 1);
        }
        return v;
    }
}
