package dev.steward.app.studio;

import dev.steward.model.yaml.YamlDocument;
import dev.steward.views.document.DocumentView;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;

/** A form pane made of its parts: the node to show (asked for after the first text) and where texts and documents go. */
record FormPaneOf(Supplier<Node> view, Consumer<String> text, Consumer<YamlDocument> document) implements DocumentView.FormPane {

    @Override
    public Node node() {
        return view.get();
    }

    @Override
    public void setText(String newText) {
        text.accept(newText);
    }

    @Override
    public void setDocument(YamlDocument parsed) {
        document.accept(parsed);
    }
}
