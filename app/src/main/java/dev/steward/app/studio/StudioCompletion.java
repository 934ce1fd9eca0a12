package dev.steward.app.studio;

import dev.steward.model.completion.CompletionItem;
import dev.steward.model.completion.CompletionProvider;
import dev.steward.model.contract.ContractCompletionProvider;
import dev.steward.model.mesh.MeshWorkspaceReader;
import dev.steward.model.mesh.completion.MeshNames;
import dev.steward.model.mesh.completion.ProductCompletionProvider;
import dev.steward.views.task.TaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The editor's completion for contracts and data products: each provider answers only for its own kind of
 * file. The names data products refer to (contracts, products, domains, teams) are read from the workspace off
 * the FX thread when it opens and again after a YAML file is saved.
 */
final class StudioCompletion implements CompletionProvider {

    private final ContractCompletionProvider contracts = new ContractCompletionProvider();
    private final AtomicReference<MeshNames> names = new AtomicReference<>(MeshNames.EMPTY);
    private final ProductCompletionProvider products = new ProductCompletionProvider(names::get);
    private final TaskRunner tasks;
    private Path root;

    StudioCompletion(TaskRunner tasks) {
        this.tasks = tasks;
    }

    @Override
    public List<CompletionItem> complete(String text, int offset) {
        List<CompletionItem> items = contracts.complete(text, offset);
        return items.isEmpty() ? products.complete(text, offset) : items;
    }

    /** The names data products refer to, as last read from the workspace. */
    MeshNames names() {
        return names.get();
    }

    void workspaceOpened(Path workspace) {
        root = workspace;
        read();
    }

    void saved(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (root != null && file.startsWith(root) && (name.endsWith(".yaml") || name.endsWith(".yml"))) {
            read();
        }
    }

    private void read() {
        Path workspace = root;
        tasks.run(null, () -> MeshNames.of(MeshWorkspaceReader.read(workspace)), read -> {
            if (workspace.equals(root)) {
                names.set(read);
            }
        }, failure -> { }); // completion then offers what it knew; the problems panel reports unreadable files
    }
}
