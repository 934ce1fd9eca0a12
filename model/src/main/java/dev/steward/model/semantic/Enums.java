package dev.steward.model.semantic;

import java.util.Locale;
import java.util.Optional;

/** Case-insensitive enum lookup for the semantic-layer words (DSI accepts upper or lower case). */
final class Enums {
    private Enums() {
    }

    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String word) {
        if (word == null || word.isBlank()) {
            return Optional.empty();
        }
        String key = word.strip().toUpperCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(key)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
