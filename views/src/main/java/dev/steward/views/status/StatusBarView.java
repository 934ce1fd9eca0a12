package dev.steward.views.status;

import atlantafx.base.theme.Styles;
import dev.steward.views.task.FxTaskRunner;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The bottom bar: branch, message, background task progress, validation state and caret. */
public final class StatusBarView extends HBox {

    private static final PseudoClass ERRORS = PseudoClass.getPseudoClass("errors");
    private static final PseudoClass WARNINGS = PseudoClass.getPseudoClass("warnings");
    private static final PseudoClass CLEAN = PseudoClass.getPseudoClass("clean");

    public StatusBarView(StatusBarViewModel model, FxTaskRunner tasks) {
        setId("statusBar");
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        setPadding(new Insets(3, 10, 3, 10));

        Label branch = new Label();
        branch.setId("statusBranch");
        branch.setGraphic(new FontIcon(Feather.GIT_BRANCH));
        branch.textProperty().bind(model.branchProperty());

        Label message = new Label();
        message.setId("statusMessage");
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.textProperty().bind(model.messageProperty());

        ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setPrefWidth(90);
        progress.getStyleClass().add(Styles.SMALL);
        Label task = new Label();
        task.setId("statusTask");
        task.getStyleClass().add(Styles.TEXT_SMALL);
        task.textProperty().bind(tasks.currentTitleProperty());
        HBox taskBox = new HBox(6, progress, task);
        taskBox.setAlignment(Pos.CENTER_LEFT);
        taskBox.visibleProperty().bind(tasks.runningProperty().greaterThan(0));
        taskBox.managedProperty().bind(taskBox.visibleProperty());

        Label validation = new Label();
        validation.setId("statusValidation");
        validation.getStyleClass().add("validation-state");
        validation.textProperty().bind(model.validationTextProperty());
        FontIcon validationIcon = new FontIcon(Feather.CHECK_CIRCLE);
        validation.setGraphic(validationIcon);
        model.validationProperty().addListener((o, a, state) -> {
            validation.pseudoClassStateChanged(ERRORS, state == StatusBarViewModel.ValidationState.ERRORS);
            validation.pseudoClassStateChanged(WARNINGS, state == StatusBarViewModel.ValidationState.WARNINGS);
            validation.pseudoClassStateChanged(CLEAN, state == StatusBarViewModel.ValidationState.CLEAN);
            validationIcon.setIconCode(switch (state) {
                case ERRORS -> Feather.X_CIRCLE;
                case WARNINGS -> Feather.ALERT_TRIANGLE;
                case VALIDATING -> Feather.LOADER;
                default -> Feather.CHECK_CIRCLE;
            });
        });

        Label caret = new Label();
        caret.setId("statusCaret");
        caret.textProperty().bind(model.caretProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(branch, new Separator(Orientation.VERTICAL), message, spacer, taskBox,
                validation, new Separator(Orientation.VERTICAL), caret);
    }
}
