package dev.steward.model.contract.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * Adds one variant per server type to a server object: the fields a type takes and those it
 * requires (rule {@code server-missing-field}). Keeps the type names in the order added, for the
 * {@code type} enum. Used while a spec is built.
 */
public final class ServerTypes {

    public static final ScalarShape FILE_FORMAT = ScalarShape.oneOf("parquet", "delta", "json", "csv");
    public static final ScalarShape DELIMITER = ScalarShape.oneOf("new_line", "array");
    private static final ScalarShape SFTP_LOCATION = ScalarShape.matching(TextPattern.of("^sftp://.*", "an sftp:// URL"));

    private final ObjectType server;
    private final boolean advisory;
    private final List<String> names = new ArrayList<>();

    /** @param advisory whether the standard's schema leaves the type rules unenforced (see {@link Variant}) */
    public ServerTypes(ObjectType server, boolean advisory) {
        this.server = server;
        this.advisory = advisory;
    }

    /** A server type taking {@code fields} (see {@link FieldList}) and requiring {@code required} (space separated). */
    public void add(String type, String required, String fields) {
        server.variant(builder(type, required, fields).build());
    }

    /** A file store (s3, sftp, azure, gcs): location, format and delimiter, with enum-checked format and delimiter when asked. */
    public void fileStore(String type, String required, boolean formatEnums) {
        Variant.Builder b = builder(type, required, "location" + (type.equals("s3") ? " endpointUrl" : "") + " format delimiter");
        if (formatEnums) {
            b.field("format", FILE_FORMAT).field("delimiter", DELIMITER);
        }
        if (type.equals("sftp")) {
            b.field("location", SFTP_LOCATION);
        }
        server.variant(b.build());
    }

    public List<String> names() {
        return List.copyOf(names);
    }

    private Variant.Builder builder(String type, String required, String fields) {
        names.add(type);
        return Variant.when(Article.withArticle(type) + " server", "type", type)
                .advisory(advisory)
                .fields(FieldList.parse(fields))
                .require("server-missing-field", FieldList.names(required));
    }
}
