package dev.steward.model.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScalarSourceMapTest {

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
    void doubleQuotedEscapesAreDecodedSoNamesAfterThemStillMap() {
        assertMapsName("filter: \"\\t\\\"x\\\" \\u00e9 {{ Dimension('c__r') }}\"\n");
        assertMapsName("filter: \"\\U0001F600 {{ Dimension('c__r') }}\"\n");
    }

    @Test
    void afterAFoldedDoubleQuotedLineNothingIsMapped() {
        String text = "filter: \"a = 1\n  and {{ Dimension('c__r') }}\"\n";
        YamlScalar s = scalar(text);
        int name = s.value().indexOf("c__r");
        ScalarSourceMap map = ScalarSourceMap.of(text, s);
        assertFalse(map.exact(name, name + 4));
        assertEquals(s.range().startOffset(), map.fileOffsetOrStart(name), "falls back to the scalar");
        assertEquals(text.indexOf("a = 1"), map.fileOffsetOrStart(0));
    }

    @Test
    void theEndOfAnExactValueIsJustAfterItsLastChar() {
        String text = "filter: 'a = 1'\n";
        YamlScalar s = scalar(text);
        assertEquals(text.indexOf("'\n"), ScalarSourceMap.of(text, s).fileOffsetOrStart(s.value().length()));
    }

    private static void assertMapsName(String text) {
        YamlScalar s = scalar(text);
        int name = s.value().indexOf("c__r");
        ScalarSourceMap map = ScalarSourceMap.of(text, s);
        assertTrue(map.exact(name, name + 4), s.style() + " " + s.value());
        assertEquals("c__r", text.substring(map.fileStart(name), map.fileEnd(name + 4)));
    }

    private static YamlScalar scalar(String text) {
        return (YamlScalar) new YamlParser().parse(Path.of("t.yml"), text).rootMapping().orElseThrow()
                .get("filter").orElseThrow();
    }
}
