package dev.steward.app.studio;

import dev.steward.model.text.TextEdit;
import dev.steward.views.document.DocumentView;
import dev.steward.views.form.ContractFormView;
import dev.steward.views.form.ContractFormViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** Plugs the contract form into document views: one form per document, made on first use. */
final class ContractForms {
    private ContractForms() {
    }

    static Function<Consumer<List<TextEdit>>, Optional<DocumentView.FormPane>> factory(Path path) {
        return sink -> {
            ContractFormViewModel model = new ContractFormViewModel(sink);
            ContractFormView view = new ContractFormView(model);
            return Optional.of(new FormPaneOf(() -> view, model::setText, model::setDocument));
        };
    }
}
