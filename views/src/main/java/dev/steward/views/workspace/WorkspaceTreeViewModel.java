package dev.steward.views.workspace;

import dev.steward.model.artifact.ArtifactKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The workspace's artifacts grouped by kind, filtered by a search text. Publishes an immutable
 * {@link Groups} snapshot that the tree view renders; usable without a toolkit.
 */
public final class WorkspaceTreeViewModel {

    /** Kind groups in display order, each with its entries sorted by title. */
    public record Groups(Map<String, List<WorkspaceEntry>> byGroup) {
        public int fileCount() {
            return byGroup.values().stream().mapToInt(List::size).sum();
        }
    }

    private final Map<Path, WorkspaceEntry> entries = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<Groups> groups = new ReadOnlyObjectWrapper<>(this, "groups", new Groups(Map.of()));
    private final ReadOnlyStringWrapper workspaceName = new ReadOnlyStringWrapper(this, "workspaceName", "");
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");

    public WorkspaceTreeViewModel() {
        filter.addListener((o, a, b) -> publish());
    }

    public void setWorkspaceName(String name) {
        workspaceName.set(name);
    }

    public void setEntries(List<WorkspaceEntry> all) {
        entries.clear();
        all.forEach(e -> entries.put(e.path().toAbsolutePath().normalize(), e));
        publish();
    }

    /** Updates (or adds) one file's entry, e.g. after live validation changed its counts or name. */
    public void update(WorkspaceEntry entry) {
        Path key = entry.path().toAbsolutePath().normalize();
        if (entry.equals(entries.get(key))) {
            return;
        }
        entries.put(key, entry);
        publish();
    }

    public Optional<WorkspaceEntry> entry(Path path) {
        return Optional.ofNullable(entries.get(path.toAbsolutePath().normalize()));
    }

    public ReadOnlyObjectProperty<Groups> groupsProperty() {
        return groups.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty workspaceNameProperty() {
        return workspaceName.getReadOnlyProperty();
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public static String groupTitle(Optional<ArtifactKind> kind) {
        return kind.map(k -> switch (k) {
            case ODCS -> "Data contracts";
            case DCS -> "DCS contracts";
            case SEMANTIC -> "Semantic layer";
            case DATA_PRODUCT -> "Data products";
        }).orElse("Other YAML");
    }

    private void publish() {
        String f = filter.get() == null ? "" : filter.get().trim().toLowerCase(Locale.ROOT);
        Map<ArtifactKind, List<WorkspaceEntry>> known = new EnumMap<>(ArtifactKind.class);
        List<WorkspaceEntry> other = new ArrayList<>();
        for (WorkspaceEntry e : entries.values()) {
            if (!f.isEmpty() && !(e.title().toLowerCase(Locale.ROOT).contains(f)
                    || e.relativePath().toLowerCase(Locale.ROOT).contains(f))) {
                continue;
            }
            e.kind().ifPresentOrElse(k -> known.computeIfAbsent(k, x -> new ArrayList<>()).add(e), () -> other.add(e));
        }
        Comparator<WorkspaceEntry> order = Comparator.comparing((WorkspaceEntry e) -> e.title().toLowerCase(Locale.ROOT))
                .thenComparing(WorkspaceEntry::relativePath);
        Map<String, List<WorkspaceEntry>> out = new LinkedHashMap<>();
        known.forEach((k, list) -> {
            list.sort(order);
            out.put(groupTitle(Optional.of(k)), List.copyOf(list));
        });
        if (!other.isEmpty()) {
            other.sort(order);
            out.put(groupTitle(Optional.empty()), List.copyOf(other));
        }
        groups.set(new Groups(out));
    }
}
