package dev.steward.model.contract.schema;

import java.util.Locale;
import java.util.Set;

/** The indefinite article for a word as it is read aloud ("an s3 server", "a postgres server"). */
public final class Article {

    private static final Set<String> SPELLED_OUT = Set.of("s3", "sftp", "sql", "sqlserver");

    private Article() {
    }

    public static String withArticle(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        boolean an = !w.isEmpty() && ("aeiou".indexOf(w.charAt(0)) >= 0 || SPELLED_OUT.contains(w));
        return (an ? "an " : "a ") + word;
    }
}
