package dev.steward.model.mesh.product;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The standard a data product file is written in, recognised by content (never by file name), on the
 * raw text so that a file with broken YAML is still recognised. Only top-level keys count (lines
 * starting in column 1).
 * <ul>
 *   <li>{@link #ODPS}: {@code apiVersion} and {@code kind: DataProduct};</li>
 *   <li>{@link #DPS}: {@code dataProductSpecification}, or (as in Data Mesh Manager GitOps files that
 *       omit it) {@code id}, {@code info} and {@code inputPorts} or {@code outputPorts}, in a file that
 *       is no data contract.</li>
 * </ul>
 */
public enum ProductStandard {
    ODPS("odps", "Data product (Bitol ODPS)", "apiVersion"),
    DPS("dps", "Data product (DPS)", "dataProductSpecification");

    private final String id;
    private final String title;
    private final String versionKey;

    ProductStandard(String id, String title, String versionKey) {
        this.id = id;
        this.title = title;
        this.versionKey = versionKey;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** The top-level key that declares the version of the standard. */
    public String versionKey() {
        return versionKey;
    }

    public static Optional<ProductStandard> detect(String text) {
        Map<String, String> keys = topLevelKeys(text);
        if (keys.containsKey("dataProductSpecification")) {
            return Optional.of(DPS);
        }
        if (keys.containsKey("apiVersion") && "DataProduct".equals(keys.get("kind"))) {
            return Optional.of(ODPS);
        }
        boolean contract = keys.containsKey("dataContractSpecification") || keys.containsKey("kind")
                || keys.containsKey("apiVersion");
        boolean dpsShape = keys.containsKey("id") && keys.containsKey("info")
                && (keys.containsKey("outputPorts") || keys.containsKey("inputPorts"));
        return !contract && dpsShape ? Optional.of(DPS) : Optional.empty();
    }

    /** Top-level keys (lines starting with a key in column 1) with their plain or quoted inline value. */
    static Map<String, String> topLevelKeys(String text) {
        Map<String, String> keys = new HashMap<>();
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            char first = text.charAt(start);
            if (Character.isLetter(first)) {
                int colon = text.indexOf(':', start);
                if (colon > start && colon < end) {
                    String key = text.substring(start, colon).strip();
                    if (key.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
                        keys.putIfAbsent(key, unquoted(text.substring(colon + 1, end)));
                    }
                }
            }
            start = end + 1;
        }
        return keys;
    }

    private static String unquoted(String raw) {
        String v = raw;
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
