package dev.steward.model.contract.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SemanticVersionTest {

    @ParameterizedTest
    @ValueSource(strings = {"0.0.1", "1.2.3", "10.20.30", "1.0.0-alpha", "1.0.0-rc.1+build.5", "2.0.0+20260101"})
    void valid(String version) {
        assertTrue(SemanticVersion.isValid(version), version);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "1.0", "v1.0.0", "01.2.3", "1.2.3.4", "1.2.3-", "latest", ""})
    void invalid(String version) {
        assertFalse(SemanticVersion.isValid(version), version);
    }

    @Test
    void nearMissesAreRepaired() {
        assertEquals(Optional.of("1.0.0"), SemanticVersion.repair("1"));
        assertEquals(Optional.of("1.0.0"), SemanticVersion.repair("1.0"));
        assertEquals(Optional.of("1.2.3"), SemanticVersion.repair("v1.2.3"));
        assertEquals(Optional.of("1.2.3"), SemanticVersion.repair("01.2.3"));
        assertEquals(Optional.empty(), SemanticVersion.repair("1.2.3.4"));
        assertEquals(Optional.empty(), SemanticVersion.repair("latest"));
        assertEquals(Optional.empty(), SemanticVersion.repair("1.2.3"));
    }
}
