package dev.steward.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.steward.model.preview.QueryResult;
import dev.steward.model.query.ResultColumn;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultFormatTest {

    private static final QueryResult RESULT = new QueryResult("SELECT 1", List.of(
            new ResultColumn("metric_time__month", ResultColumn.Role.GROUP_BY, true),
            new ResultColumn("order__sales_channel", ResultColumn.Role.GROUP_BY, false),
            new ResultColumn("revenue", ResultColumn.Role.METRIC, false)),
            List.of(Arrays.asList(LocalDate.of(2024, 1, 1), "web", new BigDecimal("1234.50")),
                    Arrays.asList(LocalDate.of(2024, 2, 1), "app, \"mobile\"", 0.1 + 0.2),
                    Arrays.asList(LocalDate.of(2024, 3, 1), null, null)),
            false, Duration.ofMillis(3));

    @Test
    void jsonHasIsoDatesNumbersAndNulls() {
        assertEquals("{\"sql\":\"SELECT 1\",\"columns\":[\"metric_time__month\",\"order__sales_channel\",\"revenue\"],"
                + "\"rows\":[[\"2024-01-01\",\"web\",1234.5],[\"2024-02-01\",\"app, \\\"mobile\\\"\",0.30000000000000004],"
                + "[\"2024-03-01\",null,null]]}\n", ResultFormat.json.render(RESULT));
    }

    @Test
    void jsonNumbersDropTheScaleTheDatabaseCarries() {
        QueryResult r = new QueryResult("SELECT 1", List.of(new ResultColumn("revenue", ResultColumn.Role.METRIC, false)),
                List.of(List.of(new BigDecimal("4244.2500000")), List.of(new BigDecimal("1.00E+2"))), false, Duration.ofMillis(1));
        assertEquals("{\"sql\":\"SELECT 1\",\"columns\":[\"revenue\"],\"rows\":[[4244.25],[100]]}\n",
                ResultFormat.json.render(r));
    }

    @Test
    void csvQuotesWhereNeededAndLeavesNullsEmpty() {
        assertEquals("""
                metric_time__month,order__sales_channel,revenue
                2024-01-01,web,1234.5
                2024-02-01,"app, ""mobile\""\",0.30000000000000004
                2024-03-01,,
                """, ResultFormat.csv.render(RESULT));
    }

    @Test
    void tableAlignsColumnsAndRightAlignsMetrics() {
        assertEquals("""
                metric_time__month  order__sales_channel  revenue
                ------------------  --------------------  -------------------
                2024-01-01          web                                1234.5
                2024-02-01          app, "mobile"         0.30000000000000004
                2024-03-01          null                                 null
                3 rows
                """, ResultFormat.table.render(RESULT));
    }
}
