package dev.steward.model.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;

class YamlParserTest {
    private final YamlParser parser = new YamlParser();

    @Test
    void nodesCarryPositions() {
        YamlDocument doc = parser.parse("a: 1\nb:\n  c: 'x'\n  d: [1, 2]\n");
        YamlMapping root = doc.rootMapping().orElseThrow();
        YamlScalar c = (YamlScalar) root.mapping("b").orElseThrow().get("c").orElseThrow();
        assertEquals("x", c.value());
        assertEquals(3, c.range().startLine());
        assertEquals(6, c.range().startColumn());
        assertEquals(YamlScalar.Style.SINGLE_QUOTED, c.style());
        assertEquals(YamlScalar.Type.INTEGER, ((YamlScalar) root.get("a").orElseThrow()).type());
        assertTrue(doc.problems().isEmpty());
    }

    @Test
    void datesStayStringsButAreMarked() {
        YamlScalar d = (YamlScalar) parser.parse("d: 2024-01-01\n").rootMapping().orElseThrow().get("d").orElseThrow();
        assertEquals("2024-01-01", d.value());
        assertTrue(d.isString());
    }

    @Test
    void duplicateKeyReportedOnceAtSecondOccurrence() {
        YamlDocument doc = parser.parse("name: a\nid: x\nname: b\n");
        assertEquals(1, doc.problems().size());
        Diagnostic d = doc.problems().get(0);
        assertEquals(YamlParser.RULE_DUPLICATE_KEY, d.rule());
        assertEquals(3, d.line());
        assertTrue(d.message().contains("line 1"), d.message());
    }

    @Test
    void tabIndentGivesOneDiagnosticAtTheTab() {
        YamlDocument doc = parser.parse("a:\n\tb: 1\n");
        assertEquals(1, doc.problems().size());
        Diagnostic d = doc.problems().get(0);
        assertEquals(YamlParser.RULE_TAB, d.rule());
        assertEquals(2, d.line());
        assertEquals(1, d.column());
    }

    @Test
    void unclosedQuoteGivesOneDiagnostic() {
        YamlDocument doc = parser.parse("a: 1\nb: \"open\nc: 2\n");
        assertEquals(1, doc.problems().size(), doc.problems().toString());
        assertEquals(YamlParser.RULE_SYNTAX, doc.problems().get(0).rule());
    }

    @Test
    void badIndentPointsAtTheLine() {
        YamlDocument doc = parser.parse("schema:\n  - name: a\n    properties:\n      - name: x\n   bad: 1\n");
        assertEquals(1, doc.problems().size(), doc.problems().toString());
        assertEquals(5, doc.problems().get(0).line());
    }

    @Test
    void billionLaughsIsRefusedQuickly() {
        StringBuilder sb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            sb.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                sb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            sb.append("]\n");
        }
        long t0 = System.nanoTime();
        YamlDocument doc = parser.parse(sb.toString());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(doc.root().isEmpty());
        assertEquals(YamlParser.RULE_ALIAS_BOMB, doc.problems().get(0).rule());
        assertTrue(ms < 5000, "took " + ms + " ms");
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "a: " + "[".repeat(5000) + "]".repeat(5000) + "\n";
        YamlDocument doc = parser.parse(deep);
        assertTrue(doc.root().isEmpty());
        assertEquals(YamlParser.RULE_TOO_DEEP, doc.problems().get(0).rule());
    }

    @Test
    void hugeFileIsRefused() {
        YamlDocument doc = new YamlParser(new YamlLimits(1000, 100, 50, 1000)).parse("a: " + "x".repeat(2000));
        assertEquals(YamlParser.RULE_TOO_LARGE, doc.problems().get(0).rule());
    }

    @Test
    void aliasesShareTheAnchoredNode() {
        YamlDocument doc = parser.parse("base: &b {x: 1}\nother: *b\nself: &s [a, b]\n");
        YamlMapping root = doc.rootMapping().orElseThrow();
        assertTrue(root.get("base").orElseThrow() == root.get("other").orElseThrow());
        assertTrue(doc.problems().isEmpty(), doc.problems().toString());
    }

    @Test
    void recursiveAliasDoesNotLoop() {
        YamlDocument doc = parser.parse("a: &a [1, *a]\n");
        assertTrue(doc.problems().isEmpty() || doc.root().isEmpty());
    }

    @Test
    void scalarPositionsAreExactOnEveryLine() {
        String text = "a: 1\r\nlist:\r\n  - \"q\"\r\n  - plain value\r\nb: |\r\n  block\r\n";
        YamlDocument doc = parser.parse(text);
        LineIndex lines = new LineIndex(text);
        YamlMapping root = doc.rootMapping().orElseThrow();
        for (YamlNode item : root.sequence("list").orElseThrow().items()) {
            SourceRange r = item.range();
            assertEquals(lines.range(r.startOffset(), r.endOffset()), r, "range of " + item);
        }
        YamlScalar key = root.entries().get(2).key();
        assertEquals(5, key.range().startLine());
        assertEquals(lines.range(key.range().startOffset(), key.range().endOffset()), key.range());
    }

    @Test
    void duplicateKeysFoundInLargeMappingsToo() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append("k").append(i).append(": ").append(i).append('\n');
        }
        sb.append("k7: again\n");
        YamlDocument doc = parser.parse(sb.toString());
        assertEquals(1, doc.problems().size());
        assertEquals(21, doc.problems().get(0).line());
    }

    @Test
    void anAliasWithoutAnchorIsOneClearError() {
        YamlDocument doc = parser.parse("a: 1\nb: *missing\n");
        assertEquals(1, doc.problems().size(), doc.problems().toString());
        Diagnostic d = doc.problems().get(0);
        assertEquals(YamlParser.RULE_SYNTAX, d.rule());
        assertEquals(2, d.line());
        assertTrue(d.message().contains("'&missing'"), d.message());
    }

    @Test
    void aBlockScalarEndsWithItsLastLine() {
        String text = "a: |\n  one\n  two\n\nb: 1\n";
        YamlScalar a = (YamlScalar) parser.parse(text).rootMapping().orElseThrow().get("a").orElseThrow();
        assertEquals("|\n  one\n  two", text.substring(a.range().startOffset(), a.range().endOffset()));
        assertEquals("one\ntwo\n", a.value());
    }
}
