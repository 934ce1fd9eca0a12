package dev.steward.model.semantic.ref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.validation.ArtifactLinter;
import dev.steward.model.validation.WorkspaceIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelRefResolverTest {
    @TempDir
    Path dir;

    private void write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private WorkspaceIndex contracts(String schemaName) {
        WorkspaceIndex index = new WorkspaceIndex(dir);
        ArtifactLinter linter = ArtifactLinter.standard();
        String text = """
                apiVersion: v3.0.2
                kind: DataContract
                id: c
                version: 1.0.0
                status: active
                schema:
                  - name: %s
                    properties:
                      - name: id
                        logicalType: integer
                        unique: true
                """.formatted(schemaName);
        linter.register(linter.parse(dir.resolve("c.odcs.yaml"), text), index);
        return index;
    }

    @Test
    void resolvesInOrderContractManifestSeedSqlModel() throws IOException {
        write("dbt_project.yml", "name: shop\nmodel-paths: [\"transform\"]\nseed-paths: [\"data\"]\n");
        write("target/manifest.json", """
                {"metadata": {"dbt_version": "1.9.0"},
                 "nodes": {"model.shop.orders": {"resource_type": "model", "name": "orders", "columns": {}},
                           "seed.shop.customers": {"resource_type": "seed", "name": "customers"},
                           "test.shop.t": {"resource_type": "test", "name": "payments"}}}
                """);
        write("data/customers.csv", "id,name\n1,Ann\n");
        write("data/payments.csv", "id,amount\n");
        write("transform/marts/payments.sql", "select 1");
        write("transform/marts/refunds.sql", "select 1");
        ModelRefResolver resolver = ModelRefResolver.of(dir);
        WorkspaceIndex index = contracts("orders");

        ModelSource.ContractObject contract = assertInstanceOf(ModelSource.ContractObject.class,
                resolver.resolve("orders", index).source().orElseThrow());
        assertEquals(List.of(new ModelColumn("id", java.util.Optional.of("integer"), false, true)),
                contract.columns().orElseThrow());
        assertInstanceOf(ModelSource.ManifestModel.class,
                resolver.resolve("orders", WorkspaceIndex.empty()).source().orElseThrow());
        ModelSource.Seed seed = assertInstanceOf(ModelSource.Seed.class,
                resolver.resolve("customers", index).source().orElseThrow(), "a seed node of the manifest is no model");
        assertEquals(List.of("id", "name"), seed.header());
        assertInstanceOf(ModelSource.Seed.class, resolver.resolve("payments", index).source().orElseThrow(),
                "a seed comes before a SQL model");
        ModelSource.SqlModel sql = assertInstanceOf(ModelSource.SqlModel.class,
                resolver.resolve("refunds", index).source().orElseThrow());
        assertEquals(dir.resolve("transform/marts/refunds.sql"), sql.file());
        assertTrue(sql.columns().isEmpty(), "a SQL file does not tell its columns");
    }

    @Test
    void anUnresolvedRefListsThePlacesLookedAt() {
        ModelRefResolver.Resolution r = ModelRefResolver.of(dir).resolve("nowhere", WorkspaceIndex.empty());
        assertTrue(r.source().isEmpty());
        assertEquals(List.of("contract schema objects in the workspace", "target/manifest.json (not present)",
                "seeds nowhere.csv under seeds", "SQL models nowhere.sql under ."), r.lookedAt());
    }

    @Test
    void aBrokenManifestResolvesNothingInsteadOfFailing() throws IOException {
        write("target/manifest.json", "{\"nodes\": {\"model.x.orders\": {\"resource_type\": \"model\", \"name\": ");
        assertTrue(ModelRefResolver.of(dir).resolve("orders", WorkspaceIndex.empty()).source().isEmpty());
    }
}
