package dev.steward.app.studio;

import dev.steward.model.artifact.ArtifactDetector;
import dev.steward.model.artifact.ArtifactKind;
import dev.steward.model.mesh.completion.MeshNames;
import dev.steward.model.text.TextEdit;
import dev.steward.model.yaml.YamlDocument;
import dev.steward.views.document.DocumentView;
import dev.steward.views.form.product.ProductFormView;
import dev.steward.views.form.product.ProductFormViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * Plugs the form of the document's kind into document views: the data product form for data products
 * (recognised by content when the form is first shown), the contract form for everything else.
 */
final class ProductForms {
    private ProductForms() {
    }

    static Function<Consumer<List<TextEdit>>, Optional<DocumentView.FormPane>> factory(Path path, Supplier<MeshNames> names) {
        Function<Consumer<List<TextEdit>>, Optional<DocumentView.FormPane>> contract = ContractForms.factory(path);
        return sink -> Optional.of(new DocumentView.FormPane() {
            private DocumentView.FormPane chosen;

            private DocumentView.FormPane chosen(String text) {
                if (chosen == null) {
                    boolean product = ArtifactDetector.detect(text).filter(k -> k == ArtifactKind.DATA_PRODUCT).isPresent();
                    chosen = product ? productPane(sink, names) : contract.apply(sink).orElseThrow();
                }
                return chosen;
            }

            @Override
            public Node node() {
                return chosen("").node();
            }

            @Override
            public void setText(String text) {
                chosen(text).setText(text);
            }

            @Override
            public void setDocument(YamlDocument document) {
                chosen(document.text()).setDocument(document);
            }
        });
    }

    private static DocumentView.FormPane productPane(Consumer<List<TextEdit>> sink, Supplier<MeshNames> names) {
        ProductFormViewModel model = new ProductFormViewModel(sink, names);
        AtomicReference<ProductFormView> view = new AtomicReference<>();
        // built after the first text: it lays out the standard the text declares
        return new FormPaneOf(() -> view.updateAndGet(v -> v != null ? v : new ProductFormView(model)),
                model::setText, model::setDocument);
    }
}
