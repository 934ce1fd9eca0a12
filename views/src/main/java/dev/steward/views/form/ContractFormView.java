package dev.steward.views.form;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The contract as a form: a list of sections on the left, the chosen section on the right. A
 * section's controls are built the first time it is shown and then kept; text changes update them
 * in place. While the YAML does not parse the form stays visible, greyed out, under a note that
 * names the line to fix.
 *
 * <p>Wiring in the app: {@code var vm = new ContractFormViewModel(editor::applyEdits);
 * editor.textProperty().addListener((o, was, text) -> vm.setText(text)); vm.setText(editor.getText());
 * pane.setCenter(new ContractFormView(vm));} Each form edit then is one undoable change in the editor.
 */
public final class ContractFormView extends BorderPane {
    private final ContractFormViewModel vm;
    private final ListView<FormSection> sections = new ListView<>();
    private final StackPane content = new StackPane();
    private final Map<FormSection, Node> built = new EnumMap<>(FormSection.class);

    public ContractFormView(ContractFormViewModel vm) {
        this.vm = vm;
        setId("contractForm");
        getStyleClass().add("contract-form");

        sections.setId("formSections");
        sections.getItems().setAll(FormSection.values());
        sections.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE);
        sections.setCellFactory(l -> new SectionCell());
        sections.setPrefWidth(150);
        sections.getSelectionModel().selectedItemProperty().addListener((o, a, now) -> {
            if (now != null) {
                show(now);
            }
        });
        setLeft(sections);

        Message blocked = new Message("The form is read-only", "", new FontIcon(Feather.ALERT_TRIANGLE));
        blocked.setId("formProblem");
        blocked.getStyleClass().add(Styles.WARNING);
        blocked.descriptionProperty().bind(vm.problemProperty());
        blocked.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        blocked.managedProperty().bind(blocked.visibleProperty());

        Label refused = new Label();
        refused.setId("formEditError");
        refused.getStyleClass().add(Styles.DANGER);
        refused.setWrapText(true);
        refused.textProperty().bind(vm.editErrorProperty());
        refused.visibleProperty().bind(vm.editErrorProperty().isNotEmpty());
        refused.managedProperty().bind(refused.visibleProperty());

        content.disableProperty().bind(vm.editableProperty().not());
        VBox center = new VBox(blocked, content, refused);
        VBox.setVgrow(content, javafx.scene.layout.Priority.ALWAYS);
        center.setSpacing(0);
        setCenter(center);

        sections.getSelectionModel().select(FormSection.FUNDAMENTALS);
    }

    public ContractFormViewModel viewModel() {
        return vm;
    }

    /** Shows {@code section}, building its controls on first use. */
    public void show(FormSection section) {
        Node node = built.computeIfAbsent(section, s -> s.build(vm));
        content.getChildren().setAll(node);
        if (sections.getSelectionModel().getSelectedItem() != section) {
            sections.getSelectionModel().select(section);
        }
    }

    /** The sections whose controls exist, for tests of lazy building. */
    public java.util.Set<FormSection> builtSections() {
        return java.util.Collections.unmodifiableSet(built.keySet());
    }

    private static final class SectionCell extends ListCell<FormSection> {
        @Override
        protected void updateItem(FormSection item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
            } else {
                setText(item.title());
                setGraphic(new FontIcon(item.icon()));
                setGraphicTextGap(10);
            }
        }
    }
}
