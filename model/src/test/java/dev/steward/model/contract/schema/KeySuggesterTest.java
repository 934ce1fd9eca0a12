package dev.steward.model.contract.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeySuggesterTest {

    private static final List<String> KEYS = List.of("logicalType", "physicalType", "required", "unique", "description");

    @Test
    void findsTyposCaseSlipsAndForeignNames() {
        assertEquals(Optional.of(new KeySuggester.Suggestion("description", false)), KeySuggester.suggest("descripton", KEYS));
        assertEquals(Optional.of(new KeySuggester.Suggestion("logicalType", false)), KeySuggester.suggest("LogicalType", KEYS));
        assertEquals(Optional.of(new KeySuggester.Suggestion("required", true)), KeySuggester.suggest("isNullable", KEYS));
        assertEquals(Optional.of(new KeySuggester.Suggestion("unique", false)), KeySuggester.suggest("isUnique", KEYS));
    }

    @Test
    void suggestsNothingForUnrelatedWords() {
        assertEquals(Optional.empty(), KeySuggester.suggest("colour", KEYS));
        assertEquals(Optional.empty(), KeySuggester.suggest("owner", KEYS), "an alias is only offered when its target is allowed");
    }
}
