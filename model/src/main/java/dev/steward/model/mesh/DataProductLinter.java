package dev.steward.model.mesh;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.mesh.governance.MeshPolicyChecker;
import dev.steward.model.mesh.governance.MeshScope;
import dev.steward.model.mesh.product.ProductStandard;
import dev.steward.model.mesh.schema.ProductSchemaChecker;
import dev.steward.model.validation.ValidationPolicy;
import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.yaml.YamlParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The entry point that validates one data product file, live or in {@code steward lint}: parse it
 * with positions, check its structure against the standard and version it declares, then check the
 * mesh rules with this text of the file in place of the one in {@code context} (so an edit is seen
 * before it is saved), keeping the findings of this file. Returns nothing for a file that is not a
 * data product. The policy grades every diagnostic and limits rules to the domains of their
 * {@code scope}. Stateless and thread-safe.
 */
public final class DataProductLinter {

    private static final YamlParser PARSER = new YamlParser();
    private static final ProductSchemaChecker SCHEMA = new ProductSchemaChecker();

    private DataProductLinter() {
    }

    /** {@link #lint(Path, String, MeshModel, ValidationPolicy)} with the built-in severities. */
    public static List<Diagnostic> lint(Path path, String text, MeshModel context) {
        return lint(path, text, context, ValidationPolicy.DEFAULT);
    }

    /**
     * Parses and checks {@code text}: its syntax problems (and nothing more while there is a syntax
     * error), then {@link #lint(YamlDocument, ProductStandard, MeshModel, ValidationPolicy)}.
     */
    public static List<Diagnostic> lint(Path path, String text, MeshModel context, ValidationPolicy policy) {
        Optional<ProductStandard> standard = ProductStandard.detect(text);
        if (standard.isEmpty()) {
            return List.of();
        }
        YamlDocument document = PARSER.parse(path, text);
        List<Diagnostic> all = new ArrayList<>(policy.apply(document.problems()));
        if (!document.hasErrors()) {
            all.addAll(lint(document, standard.get(), context, policy));
        }
        return all;
    }

    /**
     * Checks an already parsed data product document (for a caller that parsed it and reports its
     * syntax problems itself): structure, then the mesh rules with this document's product in place
     * of the one read from the same file in {@code context}. Only findings of this file are returned.
     */
    public static List<Diagnostic> lint(YamlDocument document, ProductStandard standard, MeshModel context,
                                        ValidationPolicy policy) {
        Path path = document.path();
        Optional<MeshProduct> product = MeshProductReader.read(document, standard);
        MeshModel model = context == null ? MeshModel.EMPTY : context;
        if (product.isPresent() && path != null) {
            model = model.withProduct(product.get());
        }
        List<Diagnostic> all = new ArrayList<>();
        for (Diagnostic d : SCHEMA.check(document, standard)) {
            if (product.isEmpty() || MeshScope.covers(policy, d.rule(), model, product.get())) {
                all.add(d);
            }
        }
        if (product.isPresent() && path != null) {
            all.addAll(MeshPolicyChecker.check(model, policy, path));
        }
        return policy.apply(all);
    }

    /** Whether {@code text} is a data product file of a supported standard (by content). */
    public static boolean recognises(String text) {
        return ProductStandard.detect(text).isPresent();
    }
}
