package dev.steward.model.query.golden;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * One MetricFlow integration test case ({@code tests_metricflow/integration/test_cases/itest_*.yaml}): the
 * query and the hand-written {@code check_query} whose rows MetricFlow's result must equal.
 */
record GoldenCase(String name, String file, String model, List<String> metrics, List<String> groupBys,
                  List<Map<String, Object>> groupByObjs, Optional<String> whereFilter, List<String> timeConstraint,
                  List<String> orderBys, OptionalInt limit, boolean minMaxOnly, List<String> requiredFeatures,
                  boolean checkOrder, boolean allowEmpty, Optional<String> savedQueryName, boolean applyGroupBy,
                  String checkQuery) {

    /** The manifest folder under {@code semantic_manifest_yamls} for each {@code IntegrationTestModel}. */
    private static final Map<String, String> MANIFESTS = Map.of(
            "SIMPLE_MODEL", "simple_manifest", "SIMPLE_MODEL_NON_DS", "non_sm_manifest",
            "UNPARTITIONED_MULTI_HOP_JOIN_MODEL", "multi_hop_join_manifest",
            "PARTITIONED_MULTI_HOP_JOIN_MODEL", "partitioned_multi_hop_join_manifest",
            "EXTENDED_DATE_MODEL", "extended_date_manifest", "SCD_MODEL", "scd_manifest");

    String manifestFolder() {
        String folder = MANIFESTS.get(model);
        if (folder == null) {
            throw new IllegalStateException(name + ": unknown model " + model);
        }
        return folder;
    }

    /** Every case of every {@code itest_*.yaml} in {@code dir}, in file order. */
    static List<GoldenCase> readAll(Path dir) throws IOException {
        List<GoldenCase> cases = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().matches("itest_.*\\.ya?ml"))
                    .sorted(Comparator.naturalOrder()).toList();
        }
        YAMLMapper mapper = new YAMLMapper();
        for (Path file : files) {
            try (MappingIterator<Object> documents = mapper.readerFor(Object.class).readValues(file.toFile())) {
                while (documents.hasNext()) {
                    if (documents.next() instanceof Map<?, ?> document
                            && document.get("integration_test") instanceof Map<?, ?> test) {
                        cases.add(of(file.getFileName().toString(), test));
                    }
                }
            }
        }
        return cases;
    }

    @SuppressWarnings("unchecked")
    private static GoldenCase of(String file, Map<?, ?> test) {
        List<Map<String, Object>> objs = test.get("group_by_objs") instanceof List<?> list
                ? list.stream().map(o -> (Map<String, Object>) o).toList() : List.of();
        Object limit = test.get("limit");
        return new GoldenCase(String.valueOf(test.get("name")), file, String.valueOf(test.get("model")),
                strings(test.get("metrics")), strings(test.get("group_bys")), objs,
                Optional.ofNullable(test.get("where_filter")).map(String::valueOf),
                strings(test.get("time_constraint")), strings(test.get("order_bys")),
                limit == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(String.valueOf(limit))),
                flag(test.get("min_max_only")), strings(test.get("required_features")),
                flag(test.get("check_order")), flag(test.get("allow_empty")),
                Optional.ofNullable(test.get("saved_query_name")).map(String::valueOf),
                test.get("apply_group_by") == null || flag(test.get("apply_group_by")),
                String.valueOf(test.get("check_query")));
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    private static boolean flag(Object value) {
        return value != null && Boolean.parseBoolean(String.valueOf(value));
    }
}
