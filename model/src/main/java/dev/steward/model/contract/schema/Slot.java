package dev.steward.model.contract.schema;

import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlScalar;

/**
 * Where a value sits: under {@code key} of a mapping of type {@code owner} (null for the document
 * root or for entries of a name map), possibly as an item of the list at that key.
 */
record Slot(ObjectType owner, YamlMapping ownerMapping, String key, YamlScalar keyNode, boolean item) {

    static final Slot ROOT = new Slot(null, null, null, null, false);

    Slot asItem() {
        return new Slot(owner, ownerMapping, key, keyNode, true);
    }

    /** {@link #where()} to start a sentence: "Each item of 'tags'". */
    String subject() {
        String w = where();
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    /** "'required'", "each item of 'tags'", or "the document". */
    String where() {
        if (key == null) {
            return "the document";
        }
        return item ? "each item of '" + key + "'" : "'" + key + "'";
    }
}
