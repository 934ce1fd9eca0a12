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

    public static List<Diagnostic> lint(Path path, String text, MeshModel context, ValidationPolicy policy) {
        Optional<ProductStandard> standard = ProductStandard.detect(text);
        if (standard.isEmpty()) {
            return List.of();
        }
        YamlDocument document = PARSER.parse(path, text);
        List<Diagnostic> all = new ArrayList<>(document.problems());
        if (document.hasErrors()) {
            return policy.apply(all);
        }
        Optional<MeshProduct> product = MeshProductReader.read(document, standard.get());
        MeshModel model = context == null ? MeshModel.EMPTY : context;
        if (product.isPresent() && path != null) {
            model = model.withProduct(product.get());
        }
        for (Diagnostic d : SCHEMA.check(document, standard.get())) {
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
