package dev.steward.model.yaml.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.steward.model.yaml.YamlScalar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScalarTextTest {
    private static final ScalarText PLAIN_FILE = new ScalarText("\n", YamlScalar.Style.SINGLE_QUOTED);

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            plain words   | plain words
            yes           | 'yes'
            Off           | 'Off'
            ~             | '~'
            null          | 'null'
            42            | '42'
            1.5           | '1.5'
            2024-01-01    | '2024-01-01'
            "a: b"        | 'a: b'
            "a #b"        | 'a #b'
            "a#b"         | a#b
            "#x"          | '#x'
            "@x"          | '@x'
            "it's"        | it's
            "'q"          | '''q'
            "key:"        | 'key:'
            "- x"         | '- x'
            "https://x.io/a?b=c" | https://x.io/a?b=c
            """)
    void quotesOnlyWhenAPlainScalarWouldNotReadBackTheSame(String value, String expected) {
        assertEquals(expected, PLAIN_FILE.render(YamlValue.string(value), YamlScalar.Style.PLAIN, 2, false));
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ""            | ''
            " lead"       | ' lead'
            "trail "      | 'trail '
            """)
    void quotesEmptyAndSpaceEdgedStrings(String value, String expected) {
        assertEquals(expected, PLAIN_FILE.render(YamlValue.string(value), null, 2, false));
    }

    @org.junit.jupiter.api.Test
    void usesDoubleQuotesForControlCharactersAndFlowForbiddenCommas() {
        assertEquals("\"bell\\u0007\"", PLAIN_FILE.render(YamlValue.string("bell\u0007"), null, 2, false));
        assertEquals("'a,b'", PLAIN_FILE.render(YamlValue.string("a,b"), null, 2, true));
        assertEquals("a,b", PLAIN_FILE.render(YamlValue.string("a,b"), null, 2, false));
        assertEquals("\"two\\nlines\"", PLAIN_FILE.render(YamlValue.string("two\nlines"), null, 2, true));
        assertEquals("|-\n  two\n  lines", PLAIN_FILE.render(YamlValue.string("two\nlines"), null, 2, false));
        assertEquals("|\n  ends", PLAIN_FILE.render(YamlValue.string("ends\n"), null, 2, false));
    }

    @org.junit.jupiter.api.Test
    void quotesNewValuesTheWayTheFileDoes() {
        ScalarText doubleQuotingFile = new ScalarText("\n", YamlScalar.Style.DOUBLE_QUOTED);
        assertEquals("\"yes\"", doubleQuotingFile.render(YamlValue.string("yes"), YamlScalar.Style.PLAIN, 2, false));
        assertEquals("'yes'", doubleQuotingFile.render(YamlValue.string("yes"), YamlScalar.Style.SINGLE_QUOTED, 2, false));
        assertEquals("plain", doubleQuotingFile.render(YamlValue.string("plain"), YamlScalar.Style.PLAIN, 2, false));
    }
}
