package dev.steward.model.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ColumnTypeInferenceTest {

    private static ColumnType infer(String... values) {
        return ColumnTypeInference.infer(Arrays.asList(values));
    }

    @Test
    void booleans() {
        assertEquals(ColumnType.BOOLEAN, infer("true", "FALSE", "", "True"));
        assertEquals(ColumnType.VARCHAR, infer("true", "yes"));
    }

    @Test
    void integersWidenToBigintThenDecimal() {
        assertEquals(ColumnType.INTEGER, infer("1", "-2147483648", "+7", "0"));
        assertEquals(ColumnType.BIGINT, infer("1", "2147483648"));
        assertEquals(ColumnType.decimal(20, 0), infer("1", "99999999999999999999"));
    }

    @Test
    void decimalsTakeTheWidestIntegerPartAndScale() {
        assertEquals(ColumnType.decimal(6, 2), infer("1083.9", "1500.65", "2"));
        assertEquals(ColumnType.decimal(2, 1), infer("0.5", "-1.5"));
        assertEquals(ColumnType.VARCHAR, infer("1.5", "1.5e3"));
    }

    @Test
    void leadingZerosStayText() {
        assertEquals(ColumnType.VARCHAR, infer("0123", "21119"));
        assertEquals(ColumnType.INTEGER, infer("3511", "21119"));
    }

    @Test
    void dates() {
        assertEquals(ColumnType.DATE, infer("2023-03-01", "2024-02-29"));
        assertEquals(ColumnType.VARCHAR, infer("2023-02-29"));
        assertEquals(ColumnType.VARCHAR, infer("2023-03-01", "01/03/2023"));
    }

    @Test
    void timestampsWithAndWithoutZone() {
        assertEquals(ColumnType.TIMESTAMP, infer("2024-01-05T10:34:00", "2024-01-05 10:34", "2024-01-05 10:34:00.123"));
        assertEquals(ColumnType.TIMESTAMP_TZ, infer("2024-01-05T10:34:00Z", "2024-01-05 10:34:00+02:00", "2024-01-05T10:34:00-0500"));
        assertEquals(ColumnType.VARCHAR, infer("2024-01-05T10:34:00Z", "2024-01-05T10:34:00"));
        assertEquals(ColumnType.VARCHAR, infer("2024-01-05T25:00:00"));
    }

    @Test
    void emptyValuesDoNotVoteAndAnAllEmptyColumnIsVarchar() {
        assertEquals(ColumnType.INTEGER, infer("", "5", ""));
        assertEquals(ColumnType.VARCHAR, infer("", ""));
    }

    @Test
    void anythingElseIsVarchar() {
        assertEquals(ColumnType.VARCHAR, infer("5", "five"));
        assertEquals("VARCHAR", infer("x").sql());
    }
}
