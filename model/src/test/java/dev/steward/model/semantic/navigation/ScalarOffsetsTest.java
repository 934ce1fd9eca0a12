package dev.steward.model.semantic.navigation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.yaml.YamlParser;
import dev.steward.model.yaml.YamlScalar;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScalarOffsetsTest {

    @Test
    void plainSingleAndDoubleQuotedMapToTheWrittenChars() {
        assertMapsName("filter: {{ Dimension('c__r') }}\n".replace("{{", "x{{"));
        assertMapsName("filter: '{{ Dimension(''c__r'') }}'\n");
        assertMapsName("filter: \"{{ Dimension('c__r') }}\"\n");
    }

    @Test
    void literalAndFoldedBlocksDropTheirIndentation() {
        assertMapsName("filter: |\n  a = 1\n  and {{ Dimension('c__r') }}\n");
        assertMapsName("filter: |-\n    {{ Dimension('c__r') }}\n");
        assertMapsName("filter: >\n  a = 1\n  and {{ Dimension('c__r') }}\n");
        assertMapsName("filter: >\n  a = 1\n\n  and {{ Dimension('c__r') }}\n");
    }

    @Test
    void aMultiLinePlainScalarIsFoldedLikeYaml() {
        assertMapsName("filter: a = 1\n  and {{ Dimension('c__r') }}\nnext: 1\n");
    }

    @Test
    void afterAnEscapeNothingIsMapped() {
        String text = "filter: \"\\t{{ Dimension('c__r') }}\"\n";
        YamlScalar s = scalar(text);
        int name = s.value().indexOf("c__r");
        assertFalse(ScalarOffsets.of(text, s).exact(name, name + 4));
    }

    private static void assertMapsName(String text) {
        YamlScalar s = scalar(text);
        int name = s.value().indexOf("c__r");
        ScalarOffsets map = ScalarOffsets.of(text, s);
        assertTrue(map.exact(name, name + 4), s.style() + " " + s.value());
        assertEquals("c__r", text.substring(map.fileStart(name), map.fileEnd(name + 4)));
    }

    private static YamlScalar scalar(String text) {
        return (YamlScalar) new YamlParser().parse(Path.of("t.yml"), text).rootMapping().orElseThrow()
                .get("filter").orElseThrow();
    }
}
