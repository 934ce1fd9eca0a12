package dev.steward.app.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.completion.CompletionItem;
import dev.steward.views.task.SameThreadTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's completion answers contracts from their spec and data products with the workspace's names, kept fresh on save. */
class StudioCompletionTest {

    static final Path SAMPLE = Path.of("../resources/src/main/resources/dev/steward/resources/sample");

    static List<String> labels(StudioCompletion completion, String text) {
        int at = text.indexOf('|');
        return completion.complete(text.substring(0, at) + text.substring(at + 1), at).stream().map(CompletionItem::label).toList();
    }

    @Test
    void productsGetTheWorkspacesContractsAndContractsTheirSpecKeys() {
        StudioCompletion completion = new StudioCompletion(new SameThreadTaskRunner());
        String product = "apiVersion: v1.0.0\nkind: DataProduct\nid: p\noutputPorts:\n  - name: o\n    contractId: |\n";
        assertEquals(List.of(), labels(completion, product), "no workspace yet: nothing to offer");
        completion.workspaceOpened(SAMPLE.toAbsolutePath().normalize());
        assertTrue(labels(completion, product).contains("customer-360"), labels(completion, product).toString());
        assertTrue(labels(completion, "apiVersion: v3.1.0\nkind: DataContract\nid: c\nstat|\n").contains("status"));
    }

    @Test
    void aSavedDomainsFileIsReadAgain(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("domains.yaml"), "domains:\n  - id: ops\n    name: Operations\n");
        StudioCompletion completion = new StudioCompletion(new SameThreadTaskRunner());
        completion.workspaceOpened(root);
        String product = "apiVersion: v1.0.0\nkind: DataProduct\nid: p\ndomain: |\n";
        assertEquals(List.of("ops"), labels(completion, product));
        Files.writeString(root.resolve("domains.yaml"), "domains:\n  - id: ops\n  - id: risk\n");
        completion.saved(root.resolve("domains.yaml"));
        assertEquals(List.of("ops", "risk"), labels(completion, product));
    }
}
