package dev.steward.model.mesh.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.completion.CompletionItem;
import dev.steward.model.mesh.MeshWorkspaceReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Completion in data product files: spec keys and values, and the names of the workspace where they belong. */
class ProductCompletionProviderTest {

    static final Path SAMPLE = Path.of("../resources/src/main/resources/dev/steward/resources/sample");
    static final MeshNames SAMPLE_NAMES = MeshNames.of(MeshWorkspaceReader.read(SAMPLE));

    final ProductCompletionProvider provider = new ProductCompletionProvider(() -> SAMPLE_NAMES);

    /** Completes at the {@code |} in {@code text}. */
    List<CompletionItem> at(String text) {
        int offset = text.indexOf('|');
        return provider.complete(text.substring(0, offset) + text.substring(offset + 1), offset);
    }

    static List<String> labels(List<CompletionItem> items) {
        return items.stream().map(CompletionItem::label).toList();
    }

    static final String ODPS_HEAD = """
            apiVersion: v1.0.0
            kind: DataProduct
            id: shop-insights
            """;

    @Test
    void anOutputPortsContractIdOffersTheWorkspacesContractsWithTheirNames() {
        List<CompletionItem> items = at(ODPS_HEAD + """
                status: draft
                outputPorts:
                  - name: insights
                    version: 1.0.0
                    contractId: |
                """);
        assertTrue(labels(items).containsAll(List.of("customer-360", "7d0c3f52-2b8e-4a1f-9a35-0f6f1e2c4b11")), labels(items).toString());
        CompletionItem customers = items.stream().filter(i -> i.label().startsWith("7d0c3f52")).findFirst().orElseThrow();
        assertEquals("contract Customers", customers.detail());
        assertEquals(CompletionItem.Kind.REFERENCE, customers.kind());
    }

    @Test
    void typedTextNarrowsTheContractsAndTheSuggestionReplacesIt() {
        String text = ODPS_HEAD + "outputPorts:\n  - name: x\n    contractId: cust|\n";
        List<CompletionItem> items = at(text);
        assertEquals("customer-360", items.getFirst().label(), labels(items).toString());
        int typedStart = text.indexOf("cust");
        assertEquals(typedStart, items.getFirst().replaceStart());
        assertEquals(typedStart + 4, items.getFirst().replaceEnd());
    }

    @Test
    void anInputPortsContractIdOffersFirstWhatOtherProductsOutputPortsPromise() {
        List<CompletionItem> items = at(ODPS_HEAD + """
                inputPorts:
                  - name: orders
                    contractId: |
                """);
        CompletionItem first = items.getFirst();
        assertTrue(first.detail().startsWith("output port "), first.toString());
        assertTrue(labels(items).contains("customer-360"), labels(items).toString());
    }

    @Test
    void aDpsInputPortsSourceOffersTheWorkspacesProductsAndSourceSystems() {
        String head = """
                dataProductSpecification: 0.0.1
                id: revenue-2
                info:
                  title: Revenue 2
                  owner: finance
                inputPorts:
                  - id: orders
                    name: Orders
                """;
        List<CompletionItem> sources = at(head + "    sourceSystemId: web|\n");
        assertEquals(List.of("web-shop-orders"), labels(sources));
        assertEquals("data product Web Shop Orders", sources.getFirst().detail());

        assertTrue(labels(at(head + "    sourceSystemId: |\n")).containsAll(List.of("customer-360", "payments-ledger")));
    }

    @Test
    void domainOffersTheDomainsOfDomainsYamlAndStatusTheStandardsValues() {
        List<CompletionItem> domains = at(ODPS_HEAD + "domain: |\n");
        assertEquals(List.of("sales", "customer", "finance"), labels(domains));

        List<CompletionItem> status = at(ODPS_HEAD + "status: |\n");
        assertEquals(List.of("proposed", "draft", "active", "deprecated", "retired"), labels(status));
    }

    @Test
    void keysComeFromTheSpecAndPortKeysInsideAPort() {
        List<String> top = labels(at(ODPS_HEAD + "sta|\n"));
        assertEquals(List.of("status"), top);
        List<String> port = labels(at(ODPS_HEAD + "outputPorts:\n  - name: x\n    |\n"));
        assertTrue(port.containsAll(List.of("contractId", "version", "type")), port.toString());
        assertFalse(port.contains("name"), "name is already there: " + port);
    }

    @Test
    void anOutputPortsTypeOffersTheTypesTheFileAlreadyUses() {
        List<String> types = labels(at(ODPS_HEAD + """
                outputPorts:
                  - name: a
                    type: tables
                  - name: b
                    type: |
                """));
        assertTrue(types.contains("tables"), types.toString());
    }

    @Test
    void contractsAndOtherFilesGetNothingFromIt() {
        assertEquals(List.of(), at("apiVersion: v3.1.0\nkind: DataContract\nid: x\nstatus: |\n"));
        assertEquals(List.of(), new ProductCompletionProvider(() -> MeshNames.EMPTY).complete("a: b", 99));
    }
}
