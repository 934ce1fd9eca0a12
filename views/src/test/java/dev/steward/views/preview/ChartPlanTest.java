package dev.steward.views.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.steward.model.preview.QueryResult;
import dev.steward.model.query.ResultColumn;
import dev.steward.model.query.ResultColumn.Role;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartPlanTest {

    private static QueryResult result(List<ResultColumn> columns, List<List<Object>> rows) {
        return new QueryResult("", columns, rows, false, Duration.ZERO);
    }

    private static final ResultColumn MONTH = new ResultColumn("metric_time__month", Role.GROUP_BY, true);
    private static final ResultColumn CHANNEL = new ResultColumn("order__sales_channel", Role.GROUP_BY, false);
    private static final ResultColumn COUNTRY = new ResultColumn("customer__country", Role.GROUP_BY, false);
    private static final ResultColumn REVENUE = new ResultColumn("revenue", Role.METRIC, false);

    @Test
    void timeAndOneDimensionGiveOneLinePerValueInTimeOrder() {
        ChartPlan plan = ChartPlan.of(result(List.of(MONTH, CHANNEL, REVENUE), List.of(
                Arrays.asList(LocalDate.of(2024, 8, 1), "web", 20),
                Arrays.asList(LocalDate.of(2024, 7, 1), "web", 10),
                Arrays.asList(LocalDate.of(2024, 7, 1), "app", 5),
                Arrays.asList(LocalDate.of(2024, 8, 1), "app", null))));
        assertEquals(ChartPlan.Kind.LINE, plan.kind());
        assertEquals(List.of(new ChartPlan.Series("web", List.of(new ChartPlan.Point("2024-07", 10), new ChartPlan.Point("2024-08", 20))),
                new ChartPlan.Series("app", List.of(new ChartPlan.Point("2024-07", 5)))), plan.series());
    }

    @Test
    void oneDimensionGivesBars() {
        ChartPlan plan = ChartPlan.of(result(List.of(COUNTRY, REVENUE), List.of(
                Arrays.asList("DE", 3), Arrays.asList("NL", 2))));
        assertEquals(ChartPlan.Kind.BAR, plan.kind());
        assertEquals("customer__country", plan.xTitle());
        assertEquals(List.of(new ChartPlan.Point("DE", 3), new ChartPlan.Point("NL", 2)), plan.series().getFirst().points());
    }

    @Test
    void otherShapesHaveNoChartButANote() {
        assertEquals(ChartPlan.Kind.NONE, ChartPlan.of(result(List.of(CHANNEL, COUNTRY, REVENUE),
                List.of(Arrays.asList("web", "DE", 1)))).kind());
        ChartPlan total = ChartPlan.of(result(List.of(REVENUE), List.of(Arrays.asList(7))));
        assertEquals(ChartPlan.Kind.NONE, total.kind());
        assertEquals("Add a group-by to draw a chart: metric_time for a line, a dimension for bars.", total.note());
        assertEquals("No rows to chart.", ChartPlan.of(result(List.of(MONTH, REVENUE), List.of())).note());
    }

    @Test
    void datesReadAtTheirGrain() {
        LocalDate d = LocalDate.of(2024, 11, 4);
        assertEquals("2024-Q4", ChartPlan.label(d, ChartPlan.grainOf("metric_time__quarter")));
        assertEquals("2024", ChartPlan.label(d, ChartPlan.grainOf("metric_time__year")));
        assertEquals("2024-11-04", ChartPlan.label(d, ChartPlan.grainOf("metric_time__week")));
        assertEquals("2024-11-04", ChartPlan.label(d, ChartPlan.grainOf("order__ordered_at")));
    }
}
