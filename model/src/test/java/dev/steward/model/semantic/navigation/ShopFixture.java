package dev.steward.model.semantic.navigation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** The three-file fixture project (legacy orders, latest-spec customers, saved queries) and offsets into it. */
final class ShopFixture {
    static final Path ORDERS = Path.of("orders.yml");
    static final Path CUSTOMERS = Path.of("customers.yml");
    static final Path QUERIES = Path.of("queries.yml");

    private ShopFixture() {
    }

    static Map<Path, String> files() {
        Map<Path, String> files = new TreeMap<>();
        for (Path p : new Path[] {ORDERS, CUSTOMERS, QUERIES}) {
            files.put(p, read(p.toString()));
        }
        return files;
    }

    static SemanticSymbolIndex index() {
        return SemanticSymbolIndex.of(Path.of("shop"), files());
    }

    static String read(String name) {
        try (InputStream in = ShopFixture.class.getResourceAsStream("shop/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The offset of the {@code nth} (0-based) occurrence of {@code needle} in {@code text}, plus {@code into}. */
    static int offset(String text, String needle, int nth, int into) {
        int at = -1;
        for (int i = 0; i <= nth; i++) {
            at = text.indexOf(needle, at + 1);
            if (at < 0) {
                throw new IllegalArgumentException("'" + needle + "' #" + nth + " not in text");
            }
        }
        return at + into;
    }
}
