package dev.steward.model.yaml.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.yaml.YamlScalar;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlPathTest {

    @Test
    void parsesKeysIndexesAndNaturalKeyLookups() {
        YamlPath p = YamlPath.parse("schema[name=orders].properties[2].logicalType");
        assertEquals(List.of(new YamlPath.Key("schema"), new YamlPath.Match("name", "orders"), new YamlPath.Key("properties"),
                new YamlPath.Index(2), new YamlPath.Key("logicalType")), p.segments());
        assertEquals("schema[name=orders].properties[2].logicalType", p.toString());
        assertEquals(p, YamlPath.ROOT.key("schema").match("name", "orders").key("properties").index(2).key("logicalType"));
    }

    @Test
    void rejectsMalformedPathsNamingTheProblem() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> YamlPath.parse("a[x")).getMessage().contains("Unclosed"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> YamlPath.parse("a..b")).getMessage().contains("Empty key"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> YamlPath.parse("a[one]")).getMessage().contains("[name=orders]"));
    }

    @Test
    void findsNodesByIndexAndByNaturalKey() {
        var root = Fixture.parse(Fixture.ORDERS).root().orElseThrow();
        assertEquals("line_items", ((YamlScalar) YamlPath.parse("schema[1].name").find(root).orElseThrow()).value());
        assertEquals("tbl_line_items",
                ((YamlScalar) YamlPath.parse("schema[name=line_items].physicalName").find(root).orElseThrow()).value());
        assertTrue(YamlPath.parse("schema[name=nope].name").find(root).isEmpty());
        assertTrue(YamlPath.parse("schema[9]").find(root).isEmpty());
    }
}
