package dev.steward.model.diff.semantic;

import static dev.steward.model.diff.semantic.SemanticDiffFixture.diff;
import static dev.steward.model.diff.semantic.SemanticDiffFixture.edit;
import static dev.steward.model.diff.semantic.SemanticDiffFixture.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.diff.ChangeSeverity;
import dev.steward.model.diff.SemanticChange;
import org.junit.jupiter.api.Test;

class TimeSpineDiffTest {

    private static final String SPINE = """
            models:
              - name: time_spine_daily
                time_spine:
                  standard_granularity_column: date_day
                  custom_granularities:
                    - name: fiscal_quarter
                      column_name: fiscal_quarter_col
                columns:
                  - name: date_day
                    granularity: day
            """;

    @Test
    void theSameSpineIsNoChange() {
        assertEquals(0, diff(SPINE, SPINE).size());
    }

    @Test
    void removingTheSpineBreaksAddingItIsInfo() {
        String without = edit(SPINE, """
                    time_spine:
                      standard_granularity_column: date_day
                      custom_granularities:
                        - name: fiscal_quarter
                          column_name: fiscal_quarter_col
                """, "");
        SemanticChange removed = single(SPINE, without);
        assertEquals("time-spine-removed", removed.rule());
        assertEquals(ChangeSeverity.BREAKING, removed.severity());
        assertEquals("time_spines.time_spine_daily", removed.element());
        assertTrue(removed.subject().isEmpty(), "a time spine is no lineage node");
        assertEquals("time-spine-added", single(without, SPINE).rule());
    }

    @Test
    void aCoarserStandardGrainBreaks() {
        SemanticChange c = single(SPINE, edit(SPINE, "granularity: day", "granularity: week"));
        assertEquals("time-spine-granularity-changed", c.rule());
        assertEquals(ChangeSeverity.BREAKING, c.severity());
    }

    @Test
    void anotherDateColumnWarns() {
        String renamed = edit(edit(SPINE, "standard_granularity_column: date_day", "standard_granularity_column: day_at"),
                "- name: date_day", "- name: day_at");
        SemanticChange c = single(SPINE, renamed);
        assertEquals("time-spine-column-changed", c.rule());
        assertEquals(ChangeSeverity.WARNING, c.severity());
    }

    @Test
    void removingACustomGrainBreaksChangingItsColumnWarns() {
        String without = edit(SPINE, """
                        - name: fiscal_quarter
                          column_name: fiscal_quarter_col
                """, "");
        SemanticChange removed = single(SPINE, without);
        assertEquals("time-spine-custom-granularity-removed", removed.rule());
        assertEquals(ChangeSeverity.BREAKING, removed.severity());
        assertEquals("time_spines.time_spine_daily.custom_granularities.fiscal_quarter", removed.element());

        SemanticChange column = single(SPINE, edit(SPINE, "column_name: fiscal_quarter_col", "column_name: fq"));
        assertEquals("time-spine-custom-granularity-changed", column.rule());
        assertEquals(ChangeSeverity.WARNING, column.severity());
    }

    @Test
    void aMetricFlowSpineReadFromAnotherSchemaWarns() {
        String spine = """
                project_configuration:
                  time_spines:
                    - node_relation:
                        schema_name: analytics
                        alias: time_spine_day
                      primary_column:
                        name: date_day
                        time_granularity: day
                """;
        assertEquals(0, diff(spine, spine).size());
        SemanticChange c = single(spine, edit(spine, "schema_name: analytics", "schema_name: marts"));
        assertEquals("time-spine-relation-changed", c.rule());
        assertEquals(ChangeSeverity.WARNING, c.severity());
        assertEquals("time spine `time_spine_day` node_relation analytics.time_spine_day → marts.time_spine_day",
                c.message());
        SemanticChange grain = single(spine, edit(spine, "time_granularity: day", "time_granularity: hour"));
        assertEquals(ChangeSeverity.WARNING, grain.severity(), "a finer grain keeps every query working");
    }
}
