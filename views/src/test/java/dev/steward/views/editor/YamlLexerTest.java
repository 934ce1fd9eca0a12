package dev.steward.views.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlLexerTest {
    private final YamlLexer lexer = new YamlLexer();

    /** Lexes lines in order and returns "class:text" tokens per line (unstyled text omitted). */
    private List<List<String>> lex(String... lines) {
        var result = new ArrayList<List<String>>();
        int state = YamlLexer.PLAIN;
        for (String line : lines) {
            var tokens = new ArrayList<String>();
            int[] pos = {0};
            int total = 0;
            state = lexer.lex(line, state, (cls, len) -> {
                if (cls != null) {
                    tokens.add(cls.substring("yaml-".length()) + ":" + line.substring(pos[0], pos[0] + len));
                }
                pos[0] += len;
            });
            total = pos[0];
            assertEquals(line.length(), total, "tokens must cover the line exactly: " + line);
            result.add(tokens);
        }
        return result;
    }

    @Test
    void keyAndValueTypes() {
        assertEquals(List.of("key:name", "punctuation::", "string:orders"), lex("name: orders").getFirst());
        assertEquals(List.of("key:version", "punctuation::", "number:1.0"), lex("version: 1.0").getFirst());
        assertEquals(List.of("key:required", "punctuation::", "boolean:true"), lex("required: true").getFirst());
        assertEquals(List.of("key:x", "punctuation::", "null:~"), lex("x: ~").getFirst());
        assertEquals(List.of("key:id", "punctuation::", "string:\"a: b # c\""), lex("id: \"a: b # c\"").getFirst());
    }

    @Test
    void numberLookingTextIsAString() {
        assertEquals(List.of("key:v", "punctuation::", "string:1.0.3"), lex("v: 1.0.3").getFirst());
    }

    @Test
    void commentsDashesAnchorsAndDocumentMarkers() {
        var lines = lex("--- # start", "- &base name: a  # note", "  <<: *base", "...");
        assertEquals(List.of("document:---", "comment:# start"), lines.get(0));
        assertEquals(List.of("dash:-", "anchor:&base", "string:name", "punctuation::", "string:a", "comment:# note"),
                lines.get(1).subList(0, 6).stream().map(s -> s.equals("key:name") ? "string:name" : s).toList());
        assertEquals(List.of("key:<<", "punctuation::", "alias:*base"), lines.get(2));
        assertEquals(List.of("document:..."), lines.get(3));
    }

    @Test
    void hashInsideAWordIsNotAComment() {
        assertEquals(List.of("key:url", "punctuation::", "string:http://x/#frag"), lex("url: http://x/#frag").getFirst());
    }

    @Test
    void blockScalarContentIsAStringUntilTheIndentationReturns() {
        var lines = lex("description: |", "  purpose: not a key", "", "  more text", "status: active");
        assertEquals(List.of("key:description", "punctuation::", "block-indicator:|"), lines.get(0));
        assertEquals(List.of("string:purpose: not a key"), lines.get(1));
        assertEquals(List.of("string:more text"), lines.get(3));
        assertEquals(List.of("key:status", "punctuation::", "string:active"), lines.get(4));
    }

    @Test
    void blockScalarUnderAListItemKey() {
        var lines = lex("- name: x", "  description: >-", "    a: b", "  type: y");
        assertEquals(List.of("string:a: b"), lines.get(2));
        assertEquals(List.of("key:type", "punctuation::", "string:y"), lines.get(3));
    }

    @Test
    void flowCollections() {
        assertEquals(List.of("key:tags", "punctuation::", "punctuation:[", "string:a", "punctuation:,",
                "number:1", "punctuation:]"), lex("tags: [a, 1]").getFirst());
    }

    @Test
    void veryLongLinesAreStyledOnlyUpToTheCap() {
        String line = "k: " + "x ".repeat(5_000);
        var spans = new ArrayList<int[]>();
        lexer.lex(line, YamlLexer.PLAIN, (cls, len) -> spans.add(new int[] {cls == null ? 0 : 1, len}));
        int styled = spans.stream().filter(s -> s[0] == 1).mapToInt(s -> s[1]).sum();
        assertTrue(styled <= YamlLexer.MAX_STYLED_CHARS, "styled " + styled);
        assertEquals(line.length(), spans.stream().mapToInt(s -> s[1]).sum());
        assertTrue(spans.size() <= YamlLexer.MAX_TOKENS + 1);
    }
}
