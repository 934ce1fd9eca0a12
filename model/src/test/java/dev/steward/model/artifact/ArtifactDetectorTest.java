package dev.steward.model.artifact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArtifactDetectorTest {

    @Test
    void odcsNeedsKindDataContractAndApiVersionAtTopLevel() {
        assertEquals(Optional.of(ArtifactKind.ODCS), ArtifactDetector.detect("apiVersion: v3.1.0\nkind: DataContract\n"));
        assertEquals(Optional.of(ArtifactKind.ODCS), ArtifactDetector.detect("# c\r\nkind: \"DataContract\" # yes\r\napiVersion: v3.0.2\r\n"));
        assertEquals(Optional.empty(), ArtifactDetector.detect("kind: DataContract\n"), "no apiVersion");
        assertEquals(Optional.empty(), ArtifactDetector.detect("apiVersion: v1\nkind: Deployment\n"), "a Kubernetes file");
        assertEquals(Optional.empty(), ArtifactDetector.detect("spec:\n  kind: DataContract\n  apiVersion: v3\n"), "nested keys do not count");
        assertEquals(Optional.empty(), ArtifactDetector.detect("kindred: DataContract\napiVersion: v3.1.0\n"));
    }

    @Test
    void dcsIsRecognisedByItsVersionKeyEvenWhenTheYamlIsBroken() {
        assertEquals(Optional.of(ArtifactKind.DCS), ArtifactDetector.detect("dataContractSpecification: 1.2.1\nid: x\n"));
        assertEquals(Optional.of(ArtifactKind.DCS), ArtifactDetector.detect("id: x\ndataContractSpecification : 0.9.3\ninfo: [\n"));
        assertEquals(Optional.empty(), ArtifactDetector.detect(""));
        assertEquals(Optional.empty(), ArtifactDetector.detect("models:\n  dataContractSpecification: 1\n"));
    }

    @Test
    void semanticLayerFilesAreRecognisedByTheirKeysAfterContracts() {
        assertEquals(Optional.of(ArtifactKind.SEMANTIC), ArtifactDetector.detect("semantic_models:\n  - name: orders\n"));
        assertEquals(Optional.of(ArtifactKind.SEMANTIC), ArtifactDetector.detect("---\nmetric:\n  name: x\n"));
        assertEquals(Optional.of(ArtifactKind.SEMANTIC),
                ArtifactDetector.detect("models:\n  - name: orders\n    semantic_model:\n      enabled: true\n"));
        assertEquals(Optional.empty(), ArtifactDetector.detect("models:\n  - name: orders\n    columns:\n      - name: id\n"),
                "a plain dbt schema file");
        assertEquals(Optional.of(ArtifactKind.ODCS),
                ArtifactDetector.detect("apiVersion: v3.0.2\nkind: DataContract\nmetrics:\n  - name: x\n"));
    }
}
