package dev.steward.model.yaml.edit;

import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;

/**
 * A node found along a path, with what an edit needs to know about its place: the collection
 * holding it, the entry when it is a mapping value, its index when it is a list item, whether it
 * sits inside a flow collection, and the column of the key or dash that owns it.
 */
record Located(YamlPath path, YamlNode node, YamlNode parent, YamlMapping.Entry entry, int index, boolean inFlow, int ownerIndent) {

    boolean isRoot() {
        return parent == null;
    }
}
