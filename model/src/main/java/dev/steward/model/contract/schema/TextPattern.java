package dev.steward.model.contract.schema;

import java.util.regex.Pattern;

/** A compiled regular expression with a plain-words explanation for messages. */
public record TextPattern(Pattern regex, String explanation) {

    public static TextPattern of(String regex, String explanation) {
        return new TextPattern(Pattern.compile(regex), explanation);
    }

    public boolean matches(String text) {
        return regex.matcher(text).find();
    }
}
