package dev.steward.views.preview;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * A check list with a search field: the items, those matching the search, and the checked names in the
 * order they were checked (which becomes the order of the query's metrics or group-bys). Replacing the
 * items keeps the checks whose names are still offered. Toolkit-free.
 */
public final class PickList {
    private final ObservableList<PickItem> items = FXCollections.observableArrayList();
    private final FilteredList<PickItem> visible = new FilteredList<>(items);
    private final ObservableList<String> checked = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    // one wrapper each: an unmodifiable view listens weakly, so a listener on a throw-away view would be lost
    private final ObservableList<PickItem> visibleView = FXCollections.unmodifiableObservableList(visible);
    private final ObservableList<PickItem> itemsView = FXCollections.unmodifiableObservableList(items);
    private final ObservableList<String> checkedView = FXCollections.unmodifiableObservableList(checked);

    public PickList() {
        search.addListener((o, a, b) -> visible.setPredicate(i -> i.matches(b)));
    }

    /** The search text (an input). */
    public StringProperty searchProperty() {
        return search;
    }

    /** Items matching the search. */
    public ObservableList<PickItem> visible() {
        return visibleView;
    }

    public ObservableList<PickItem> items() {
        return itemsView;
    }

    /** The checked names, in the order they were checked. */
    public ObservableList<String> checked() {
        return checkedView;
    }

    public boolean isChecked(String name) {
        return checked.contains(name);
    }

    public void setChecked(String name, boolean on) {
        if (on && !checked.contains(name) && items.stream().anyMatch(i -> i.name().equals(name))) {
            checked.add(name);
        } else if (!on) {
            checked.remove(name);
        }
    }

    public void clearChecks() {
        checked.clear();
    }

    void setItems(List<PickItem> next) {
        items.setAll(next);
        List<String> kept = new ArrayList<>(checked);
        kept.removeIf(n -> next.stream().noneMatch(i -> i.name().equals(n)));
        if (!kept.equals(checked)) {
            checked.setAll(kept);
        }
    }
}
