package dev.steward.model.mesh;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.mesh.governance.MeshPolicyChecker;
import dev.steward.model.validation.ValidationPolicy;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small in-memory workspace of product, contract and organisation files, for rule tests. */
public final class MeshFixture {

    public static final Path ROOT = Path.of("ws").toAbsolutePath();

    private final Map<Path, String> files = new LinkedHashMap<>();

    public MeshFixture file(String relative, String text) {
        files.put(ROOT.resolve(relative), text);
        return this;
    }

    /** An ODPS v1.0.0 product; {@code ports} is the YAML of its ports (inputPorts:/outputPorts: blocks). */
    public MeshFixture odps(String id, String domain, String team, String status, String ports) {
        return file("products/" + id + ".odps.yaml", """
                apiVersion: v1.0.0
                kind: DataProduct
                id: %s
                status: %s
                domain: %s
                team:
                  name: %s
                %s""".formatted(id, status, domain, team, ports));
    }

    /** An ODCS v3.1.0 contract owned by {@code team}; {@code schema} the YAML of its schema block (may be empty). */
    public MeshFixture odcs(String id, String team, String status, String schema) {
        return file("contracts/" + id + ".odcs.yaml", """
                apiVersion: v3.1.0
                kind: DataContract
                id: %s
                version: 1.0.0
                status: %s
                team:
                  name: %s
                %s""".formatted(id, status, team, schema));
    }

    public static String out(String name, String contractId) {
        return """
                outputPorts:
                  - name: %s
                    version: 1.0.0
                    contractId: %s
                """.formatted(name, contractId);
    }

    public static String in(String... contractIds) {
        StringBuilder b = new StringBuilder("inputPorts:\n");
        for (String id : contractIds) {
            b.append("  - name: ").append(id).append("\n    version: 1.0.0\n    contractId: ").append(id).append('\n');
        }
        return b.toString();
    }

    public MeshModel model() {
        MeshModelBuilder builder = new MeshModelBuilder();
        files.forEach(builder::add);
        return builder.build();
    }

    public List<Diagnostic> check() {
        return check(ValidationPolicy.DEFAULT);
    }

    public List<Diagnostic> check(ValidationPolicy policy) {
        return MeshPolicyChecker.check(model(), policy);
    }

    public static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    public String text(String relative) {
        return files.get(ROOT.resolve(relative));
    }
}
