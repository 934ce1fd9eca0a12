package dev.steward.model.mesh.product;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** A key in column 1: a plain word followed by optional blanks and ':'. */
    private static final Pattern TOP_LEVEL_KEY = Pattern.compile("^([A-Za-z][A-Za-z0-9_-]*)[ \\t]*:", Pattern.MULTILINE);
    /** {@code kind: DataProduct} at the top level, plain or quoted, with an optional comment. */
    private static final Pattern KIND_DATA_PRODUCT = Pattern.compile(
            "^(?:\\uFEFF)?kind[ \\t]*:[ \\t]*([\"']?)DataProduct\\1[ \\t]*(?:#.*)?\\r?$", Pattern.MULTILINE);

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
        Set<String> keys = new HashSet<>();
        Matcher m = TOP_LEVEL_KEY.matcher(text.startsWith("\uFEFF") ? text.substring(1) : text);
        while (m.find()) {
            keys.add(m.group(1));
        }
        if (keys.contains("dataProductSpecification")) {
            return Optional.of(DPS);
        }
        if (keys.contains("apiVersion") && keys.contains("kind") && KIND_DATA_PRODUCT.matcher(text).find()) {
            return Optional.of(ODPS);
        }
        boolean contract = keys.contains("dataContractSpecification") || keys.contains("kind")
                || keys.contains("apiVersion");
        boolean dpsShape = keys.contains("id") && keys.contains("info")
                && (keys.contains("outputPorts") || keys.contains("inputPorts"));
        return !contract && dpsShape ? Optional.of(DPS) : Optional.empty();
    }
}
