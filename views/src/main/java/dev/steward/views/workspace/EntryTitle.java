package dev.steward.views.workspace;

import dev.steward.model.artifact.ArtifactKind;
import dev.steward.model.mesh.MeshProductReader;
import dev.steward.model.mesh.product.ProductStandard;
import dev.steward.model.validation.FileReport;
import java.util.Optional;

/**
 * The title of a file in the workspace tree: a contract's name (else its id), a data product's name (ODPS
 * {@code name}, DPS {@code info.title}, else its id), otherwise the file name.
 */
public final class EntryTitle {

    private EntryTitle() {
    }

    public static String of(FileReport report) {
        Optional<String> declared = report.summary().map(s -> notBlank(s.name()) ? s.name() : s.id());
        if (declared.filter(EntryTitle::notBlank).isEmpty() && report.kind().equals(Optional.of(ArtifactKind.DATA_PRODUCT))) {
            declared = productTitle(report);
        }
        return declared.filter(EntryTitle::notBlank).map(String::strip).orElse(report.path().getFileName().toString());
    }

    private static Optional<String> productTitle(FileReport report) {
        if (report.document() == null) {
            return Optional.empty();
        }
        return ProductStandard.detect(report.document().text())
                .flatMap(standard -> MeshProductReader.read(report.document(), standard))
                .map(p -> notBlank(p.name()) ? p.name() : p.id());
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
