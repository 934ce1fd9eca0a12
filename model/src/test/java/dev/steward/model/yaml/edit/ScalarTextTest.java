package dev.steward.model.yaml.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.steward.model.yaml.YamlScalar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScalarTextTest {

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
        assertEquals(expected, ScalarText.render(YamlValue.string(value), YamlScalar.Style.PLAIN, 2, false, "\n"));
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ""            | ''
            " lead"       | ' lead'
            "trail "      | 'trail '
            """)
    void quotesEmptyAndSpaceEdgedStrings(String value, String expected) {
        assertEquals(expected, ScalarText.render(YamlValue.string(value), null, 2, false, "\n"));
    }

    @org.junit.jupiter.api.Test
    void usesDoubleQuotesForControlCharactersAndFlowForbiddenCommas() {
        assertEquals("\"bell\\u0007\"", ScalarText.render(YamlValue.string("bell\u0007"), null, 2, false, "\n"));
        assertEquals("'a,b'", ScalarText.render(YamlValue.string("a,b"), null, 2, true, "\n"));
        assertEquals("a,b", ScalarText.render(YamlValue.string("a,b"), null, 2, false, "\n"));
        assertEquals("\"two\\nlines\"", ScalarText.render(YamlValue.string("two\nlines"), null, 2, true, "\n"));
        assertEquals("|-\n  two\n  lines", ScalarText.render(YamlValue.string("two\nlines"), null, 2, false, "\n"));
        assertEquals("|\n  ends", ScalarText.render(YamlValue.string("ends\n"), null, 2, false, "\n"));
    }
}
