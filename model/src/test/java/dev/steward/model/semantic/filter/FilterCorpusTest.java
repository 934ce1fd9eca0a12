package dev.steward.model.semantic.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Every {@code filter:} / {@code where:} and every saved-query {@code group_by:} / {@code order_by:} item in
 * the real projects of the corpus reads without a problem. MetricFlow's {@code integration_test_cases}
 * are left out: their filters call the test harness's own macros ({@code render_dimension_template}).
 */
class FilterCorpusTest {

    private record Found(Path file, String key, String text) {
    }

    @Test
    void everyFilterAndQueryItemOfTheCorpusReads() throws IOException {
        Path semantic = Corpus.require().resolve("semantic");
        List<Found> found = new ArrayList<>();
        for (String project : List.of("jaffle-sl-template", "metricflow")) {
            try (Stream<Path> files = Files.walk(semantic.resolve(project))) {
                for (Path file : files.filter(FilterCorpusTest::isYaml).sorted().toList()) {
                    Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
                    for (Object doc : yaml.loadAll(Files.readString(file))) {
                        collect(file, null, doc, found);
                    }
                }
            }
        }

        List<String> problems = new ArrayList<>();
        Set<ItemKind> kinds = EnumSet.noneOf(ItemKind.class);
        int filters = 0;
        int items = 0;
        for (Found f : found) {
            if (f.key().equals("filter") || f.key().equals("where")) {
                filters++;
                ParsedFilter parsed = WhereFilterParser.parse(f.text());
                parsed.problems().forEach(p -> problems.add(f.file() + ": " + f.text() + " -> " + p));
                parsed.references().forEach(r -> kinds.add(r.item().kind()));
            } else {
                items++;
                ParsedGroupBy parsed = GroupByParser.parse(f.text());
                parsed.problem().ifPresent(p -> problems.add(f.file() + ": " + f.text() + " -> " + p));
                parsed.item().ifPresent(i -> kinds.add(i.kind()));
            }
        }

        assertEquals(List.of(), problems);
        assertTrue(filters >= 40, "filters found: " + filters);
        assertTrue(items >= 10, "group-by and order-by items found: " + items);
        assertEquals(EnumSet.of(ItemKind.DIMENSION, ItemKind.TIME_DIMENSION, ItemKind.ENTITY, ItemKind.METRIC), kinds);
    }

    /**
     * The query names of MetricFlow's integration tests ({@code group_bys}, {@code order_bys}) read as dunder
     * names, with the custom grain {@code alien_day} of their time spine.
     */
    @Test
    void everyQueryNameOfTheIntegrationTestsReads() throws IOException {
        Path cases = Corpus.require().resolve("semantic/metricflow/integration_test_cases");
        List<String> problems = new ArrayList<>();
        int names = 0;
        try (Stream<Path> files = Files.list(cases)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                List<Found> found = new ArrayList<>();
                for (Object doc : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(Files.readString(file))) {
                    collect(file, null, doc, found);
                }
                for (Found f : found.stream().filter(f -> f.key().endsWith("_bys")).toList()) {
                    names++;
                    ParsedGroupBy parsed = f.key().equals("order_bys")
                            ? GroupByParser.parseOrderBy(f.text(), Set.of("alien_day"))
                            : GroupByParser.parse(f.text(), Set.of("alien_day"));
                    parsed.problem().ifPresent(p -> problems.add(f.file().getFileName() + ": " + f.text() + " -> " + p));
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(names >= 100, "query names found: " + names);
    }

    private static void collect(Path file, String key, Object node, List<Found> found) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> collect(file, String.valueOf(k), v, found));
        } else if (node instanceof List<?> list) {
            list.forEach(v -> collect(file, key, v, found));
        } else if (node instanceof String text && key != null && (isQueryKey(key) || key.endsWith("_bys"))) {
            found.add(new Found(file, key, text));
        }
    }

    private static boolean isQueryKey(String key) {
        return Set.of("filter", "where", "group_by", "order_by").contains(key);
    }

    private static boolean isYaml(Path p) {
        String name = p.getFileName().toString();
        return (name.endsWith(".yml") || name.endsWith(".yaml")) && !p.toString().contains("integration_test_cases");
    }
}
