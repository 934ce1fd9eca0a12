package dev.steward.views.review;

import dev.steward.model.diff.ChangeSeverity;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** Severity as CSS pseudo-classes ({@code :breaking}, {@code :warning}, {@code :info}) styled by review.css. */
final class SeverityBadges {

    private SeverityBadges() {
    }

    /** Sets the pseudo-class of {@code severity} on {@code node} and clears the others. */
    static void mark(Node node, Optional<ChangeSeverity> severity) {
        for (ChangeSeverity s : ChangeSeverity.values()) {
            node.pseudoClassStateChanged(pseudoClass(s), severity.map(s::equals).orElse(false));
        }
    }

    /** A small rounded label in the severity's colour. */
    static Label badge(ChangeSeverity severity, String text) {
        Label badge = new Label(text);
        badge.getStyleClass().add("severity-badge");
        badge.setMinWidth(Label.USE_PREF_SIZE);
        mark(badge, Optional.of(severity));
        return badge;
    }

    static PseudoClass pseudoClass(ChangeSeverity severity) {
        return PseudoClass.getPseudoClass(severity.id());
    }
}
