package dev.steward.model.semantic;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SemanticRecognizerTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "semantic_models:\n  - name: orders\n",
            "# header\nmetrics:\n  - name: revenue\n",
            "version: 2\nsaved_queries:\n  - name: q\n",
            "\uFEFFsemantic_model:\n  name: orders\n",
            "# a manifest\n---\nmetric:\n  name: m\n---\nsaved_query:\n  name: q\n",
            "project_configuration:\n  time_spines: []\n",
            "models:\n  - name: orders\n    semantic_model:\n      enabled: true\n",
            "models:\n  - name: spine\n    time_spine:\n      standard_granularity_column: date_day\n",
            "models:\n  - name: orders\n    columns:\n      - name: order_id\n        entity: primary\n",
            "models:\n  - name: orders\n    columns:\n      - name: ordered_at\n        dimension:\n          type: time\n",
            "metrics :\n  - name: spaced_key\n",
    })
    void semanticFilesAreRecognised(String text) {
        assertTrue(SemanticRecognizer.recognises(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "version: 2\nmodels:\n  - name: orders\n    description: plain\n    columns:\n      - name: id\n        tests: [unique]\n",
            "sources:\n  - name: raw\n    tables:\n      - name: entity\n        description: 'entity: primary'\n",
            "apiVersion: v3.0.2\nkind: DataContract\nschema:\n  - name: metrics\n",
            "models:\n  - name: m\n    config:\n      meta:\n        metrics_owner: x\n",
            "metrics_catalog:\n  - a\n",
            "seeds:\n  - name: s\n    columns:\n      - name: c\n        entity: primary\n",
    })
    void otherYamlIsNot(String text) {
        assertFalse(SemanticRecognizer.recognises(text), text);
    }
}
