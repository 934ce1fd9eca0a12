package dev.steward.model.query.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.steward.model.query.QueryCompileException;
import dev.steward.model.query.where.SqlFragment;
import dev.steward.model.query.where.WhereSqlCompiler;
import dev.steward.model.semantic.filter.WhereFilterParser;
import dev.steward.model.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every where filter of the shared corpus compiles with the restricted grammar: those of the MetricFlow
 * integration cases (rendered through the test helpers as MetricFlow does) and every {@code filter:} /
 * {@code where:} with {@code {{ ... }}} objects in the corpus semantic projects. The few that are refused are
 * listed with why; each must stay refused.
 */
class CorpusWhereFiltersCompileTest {
    /** The custom grain of the MetricFlow test manifests ({@code TimeDimension('metric_time', 'alien_day')}). */
    private static final Set<String> CUSTOM_GRAINS = Set.of("alien_day");

    /** Filters refused on purpose, by where they come from, with the reason. */
    private static final Map<String, String> REFUSED = Map.of(
            "case test_metric_time_in_where",
            "bare column name metric_time__day outside {{ }}: MetricFlow passes SQL through, the grammar does not",
            "validation-cases/cases/filter_missing_entity_prefix/models/metrics.yml#0 "
                    + "{{ Dimension('customer_country') }} = 'MX'",
            "a validation case built to be invalid: the dimension name lacks its entity prefix");

    @Test
    void everyCorpusWhereFilterCompiles() throws IOException {
        Path semantic = Corpus.require().resolve("semantic");
        Map<String, String> filters = new TreeMap<>();
        CheckQueryRenderer renderer = new CheckQueryRenderer(CheckQueryDialect.H2, GoldenRunner.SCHEMA);
        for (GoldenCase c : GoldenCase.readAll(semantic.resolve("metricflow/integration_test_cases"))) {
            c.whereFilter().ifPresent(w -> filters.put("case " + c.name(), renderer.render(w)));
        }
        collectProjectFilters(semantic, renderer, filters);
        assertTrue(filters.size() > 100, "expected the corpus where filters, found " + filters.size());

        Map<String, String> refused = new TreeMap<>();
        filters.forEach((where, filter) -> {
            try {
                SqlFragment sql = WhereSqlCompiler.compile(WhereFilterParser.parse(filter, CUSTOM_GRAINS),
                        item -> item.dunderName());
                assertEquals(sql.sql().chars().filter(ch -> ch == '?').count(), sql.parameters().size(),
                        where + ": " + sql);
            } catch (QueryCompileException e) {
                refused.put(where, e.problems().getFirst().message() + " in: " + filter.strip());
            }
        });
        System.out.println("Corpus where filters: " + filters.size() + " read, " + refused.size() + " refused");
        refused.forEach((where, why) -> System.out.println("  " + where + ": " + why));
        assertEquals(REFUSED.keySet(), refused.keySet(), "refused filters: " + refused);
    }

    /** {@code filter:} and {@code where:} strings (or lists of strings) with objects, in every semantic YAML file. */
    private static void collectProjectFilters(Path semantic, CheckQueryRenderer renderer, Map<String, String> filters)
            throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(semantic)) {
            files = walk.filter(p -> p.toString().matches(".*\\.ya?ml") && !p.toString().contains("integration_test"))
                    .sorted().toList();
        }
        YAMLMapper mapper = new YAMLMapper();
        for (Path file : files) {
            try (MappingIterator<Object> documents = mapper.readerFor(Object.class).readValues(file.toFile())) {
                int index = 0;
                while (documents.hasNext()) {
                    collect(documents.next(), semantic.relativize(file) + "#" + index++, renderer, filters);
                }
            } catch (RuntimeException | IOException e) {
                // not YAML a mapper can read (templated dbt files): no filters to take from it
            }
        }
    }

    private static void collect(Object node, String where, CheckQueryRenderer renderer, Map<String, String> filters) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if ((key.equals("filter") || key.equals("where")) && value != null) {
                    List<?> texts = value instanceof List<?> list ? list : List.of(value);
                    for (Object text : texts) {
                        if (text instanceof String s && s.contains("{{")) {
                            filters.put(where + " " + s.strip(), s.contains("render_") ? renderer.render(s) : s);
                        }
                    }
                } else {
                    collect(value, where, renderer, filters);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collect(item, where, renderer, filters));
        }
    }
}
