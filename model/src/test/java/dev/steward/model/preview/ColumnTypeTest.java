package dev.steward.model.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ColumnTypeTest {

    @Test
    void convertsFittingValues() {
        assertEquals(Short.valueOf((short) 12), ColumnType.SMALLINT.convert("12"));
        assertEquals(7L, ColumnType.BIGINT.convert("7"));
        assertEquals(new BigDecimal("1083.9"), ColumnType.decimal(8, 1).convert("1083.9"));
        assertEquals(LocalDate.of(2023, 3, 1), ColumnType.DATE.convert("2023-03-01"));
        assertEquals(LocalDateTime.of(2024, 1, 5, 10, 34), ColumnType.TIMESTAMP.convert("2024-01-05 10:34"));
        assertEquals(OffsetDateTime.parse("2024-01-05T10:34:00Z"), ColumnType.TIMESTAMP_TZ.convert("2024-01-05T10:34:00Z"));
        assertEquals(java.util.UUID.fromString("91af136c-3cf7-4106-b1b8-cbe1d0b5c448"),
                ColumnType.UUID.convert("91af136c-3cf7-4106-b1b8-cbe1d0b5c448"));
        assertEquals("SE", ColumnType.varchar(2).convert("SE"));
    }

    @Test
    void refusesValuesThatDoNotFitWithASentence() {
        assertEquals("'40000' is not a SMALLINT (a whole number from -32768 to 32767)",
                assertThrows(IllegalArgumentException.class, () -> ColumnType.SMALLINT.convert("40000")).getMessage());
        assertEquals("'1083.95' is not a DECIMAL(8,1) (at most 7 digits before and 1 after the point)",
                assertThrows(IllegalArgumentException.class, () -> ColumnType.decimal(8, 1).convert("1083.95")).getMessage());
        assertEquals("'SWE' is 3 characters long; VARCHAR(2) allows at most 2",
                assertThrows(IllegalArgumentException.class, () -> ColumnType.varchar(2).convert("SWE")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ColumnType.TIMESTAMP_TZ.convert("2024-01-05T10:34:00"));
        assertThrows(IllegalArgumentException.class, () -> ColumnType.TIMESTAMP.convert("2024-01-05T10:34:00Z"));
        assertThrows(IllegalArgumentException.class, () -> ColumnType.UUID.convert("not-a-uuid"));
        assertThrows(IllegalArgumentException.class, () -> ColumnType.BOOLEAN.convert("yes"));
    }

    @Test
    void contractPhysicalTypesWinOverLogicalTypes() {
        assertEquals(Optional.of(ColumnType.decimal(8, 1)), ContractColumnTypes.physicalType("NUMERIC(8,1)"));
        assertEquals(Optional.of(ColumnType.varchar(320)), ContractColumnTypes.physicalType("varchar( 320 )"));
        assertEquals(Optional.of(ColumnType.TIMESTAMP_TZ), ContractColumnTypes.physicalType("TIMESTAMP  WITH TIME ZONE"));
        assertEquals(Optional.of(ColumnType.varchar(2)), ContractColumnTypes.physicalType("CHAR(2)"));
        assertEquals(Optional.empty(), ContractColumnTypes.physicalType("GEOGRAPHY"));
        assertEquals(Optional.of(ColumnType.BIGINT), ContractColumnTypes.logicalType("integer"));
        assertEquals(Optional.empty(), ContractColumnTypes.logicalType("mystery"));
    }
}
