package dev.steward.views.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.views.task.SameThreadTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricPreviewViewModelTest {
    static final Path SAMPLE = Path.of("../resources/src/main/resources/dev/steward/resources/sample");

    private MetricPreviewViewModel vm;

    @BeforeEach
    void open() {
        vm = new MetricPreviewViewModel(new SameThreadTaskRunner());
        vm.load(SAMPLE);
    }

    @AfterEach
    void close() {
        vm.close();
    }

    @Test
    void listsTheWorkspaceMetricsAndSearchesThem() {
        assertTrue(vm.loadedProperty().get());
        List<String> names = vm.metrics().items().stream().map(PickItem::name).toList();
        assertTrue(names.containsAll(List.of("revenue", "order_count", "average_order_value", "cumulative_revenue",
                "visit_to_order_rate", "revenue_growth_mom")), names.toString());
        vm.metrics().searchProperty().set("conversion");
        assertEquals(List.of("visit_to_order_rate"), vm.metrics().visible().stream().map(PickItem::name).toList());
        assertTrue(vm.metrics().visible().getFirst().detail().startsWith("conversion · Visit-to-order conversion"));
        assertTrue(vm.statusProperty().get().contains("metrics"), vm.statusProperty().get());
    }

    @Test
    void groupBysFollowTheCheckedMetricsWithTimeFirst() {
        assertEquals(List.of(), vm.groupBys().items());
        assertFalse(vm.canRunProperty().get());
        vm.metrics().setChecked("revenue", true);
        assertTrue(vm.canRunProperty().get());
        List<String> names = vm.groupBys().items().stream().map(PickItem::name).toList();
        assertEquals("metric_time__day", names.getFirst());
        assertTrue(names.contains("customer__country"));
        vm.groupBys().setChecked("order__status", true);
        vm.metrics().setChecked("visits", true);
        assertFalse(vm.groupBys().isChecked("order__status"), "visits cannot be grouped by order status");
    }

    @Test
    void runsRevenueByMonthAndPlansALineChart() {
        vm.metrics().setChecked("revenue", true);
        vm.groupBys().setChecked("metric_time__month", true);
        vm.run();
        assertFalse(vm.runningProperty().get());
        assertEquals("", vm.messageProperty().get());
        assertEquals(6, vm.resultProperty().get().rows().size(), vm.statusProperty().get());
        assertEquals(LocalDate.of(2024, 7, 1), vm.resultProperty().get().rows().getFirst().getFirst());
        assertTrue(vm.statusProperty().get().startsWith("6 rows in "), vm.statusProperty().get());
        assertTrue(vm.sqlProperty().get().contains("\"orders\""), vm.sqlProperty().get());
        ChartPlan chart = vm.chartProperty().get();
        assertEquals(ChartPlan.Kind.LINE, chart.kind());
        assertEquals(List.of("revenue"), chart.series().stream().map(ChartPlan.Series::name).toList());
        assertEquals(List.of("2024-07", "2024-08", "2024-09", "2024-10", "2024-11", "2024-12"),
                chart.series().getFirst().points().stream().map(ChartPlan.Point::x).toList());
    }

    @Test
    void aSingleDimensionGivesBarsAndTheLimitCuts() {
        vm.metrics().setChecked("order_count", true);
        vm.groupBys().setChecked("customer__country", true);
        vm.limitProperty().set(3);
        vm.run();
        assertEquals(3, vm.resultProperty().get().rows().size());
        assertEquals(List.of("AT", "BE", "DE"), vm.resultProperty().get().rows().stream().map(r -> r.getFirst()).toList(),
                "rows are sorted by the group-by");
        assertEquals(ChartPlan.Kind.BAR, vm.chartProperty().get().kind());
        assertEquals(3, vm.chartProperty().get().series().getFirst().points().size());
    }

    @Test
    void anInvalidWhereIsShownByTheWhereField() {
        vm.metrics().setChecked("revenue", true);
        vm.run();
        assertEquals(1, vm.resultProperty().get().rows().size());
        vm.whereProperty().set("{{ Dimension('order__no_such_thing') }} = 'x'");
        vm.run();
        assertFalse(vm.problemProperty("where").get().isEmpty());
        assertEquals("", vm.problemProperty("metrics").get());
        assertEquals("", vm.sqlProperty().get());
        assertNull(vm.resultProperty().get(), "the earlier rows are not shown beside the problem");
        assertEquals(ChartPlan.Kind.NONE, vm.chartProperty().get().kind());
        assertFalse(vm.problemProperty("where").get().contains("Exception"), vm.problemProperty("where").get());
        vm.whereProperty().set("{{ Dimension('order__status') }} = 'delivered'");
        assertEquals("", vm.problemProperty("where").get(), "editing the field clears its problem");
        vm.run();
        assertEquals(1, vm.resultProperty().get().rows().size());
    }

    @Test
    void runWithoutMetricsAsksForOne() {
        vm.run();
        assertEquals("Pick at least one metric.", vm.problemProperty("metrics").get());
    }

    @Test
    void aWorkspaceThatCannotBeOpenedSaysSoInOneLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        MetricPreviewViewModel broken = new MetricPreviewViewModel(new SameThreadTaskRunner(), w -> {
            throw new java.io.IOException("cannot read " + w + "\nsecond line");
        });
        broken.load(file);
        assertFalse(broken.loadedProperty().get());
        assertEquals("Cannot open the metric preview: cannot read " + file, broken.messageProperty().get());
    }

    @Test
    void reloadKeepsTheChecksThatStillExist() {
        vm.metrics().setChecked("revenue", true);
        vm.groupBys().setChecked("metric_time__month", true);
        vm.reload();
        assertEquals(List.of("revenue"), vm.metrics().checked());
        assertEquals(List.of("metric_time__month"), vm.groupBys().checked());
    }
}
