package dev.steward.model.semantic.ref;

import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlParser;
import dev.steward.model.yaml.YamlScalar;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a dbt project keeps its models and seeds: {@code model-paths} (default {@code models}) and
 * {@code seed-paths} (default {@code seeds}) of {@code dbt_project.yml}. A folder without
 * {@code dbt_project.yml} is read as a project whose models may lie anywhere under it and whose
 * seeds are in {@code seeds/}. Never throws: an unreadable project file gives the defaults.
 */
public record DbtProjectLayout(Path root, boolean dbtProject, List<Path> modelPaths, List<Path> seedPaths) {

    public static final String PROJECT_FILE = "dbt_project.yml";

    public DbtProjectLayout {
        modelPaths = List.copyOf(modelPaths);
        seedPaths = List.copyOf(seedPaths);
    }

    public static DbtProjectLayout read(Path root) {
        Path project = root.resolve(PROJECT_FILE);
        if (!Files.isRegularFile(project)) {
            return new DbtProjectLayout(root, false, List.of(root), List.of(root.resolve("seeds")));
        }
        YamlDocument doc;
        try {
            doc = new YamlParser().parse(project, Files.readString(project, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return new DbtProjectLayout(root, true, List.of(root.resolve("models")), List.of(root.resolve("seeds")));
        }
        return new DbtProjectLayout(root, true, paths(root, doc, "model-paths", "models"),
                paths(root, doc, "seed-paths", "seeds"));
    }

    /** Whether a path below a project folder is hidden or dbt output ({@code target}, {@code dbt_packages}), which dbt does not read. */
    public static boolean isHiddenOrBuilt(Path relative) {
        for (Path part : relative) {
            String s = part.toString();
            if (s.startsWith(".") || s.equals("target") || s.equals("dbt_packages")) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> paths(Path root, YamlDocument doc, String key, String fallback) {
        List<Path> out = new ArrayList<>();
        doc.rootMapping().flatMap(m -> m.sequence(key)).ifPresent(seq -> {
            for (YamlNode n : seq.items()) {
                if (n instanceof YamlScalar s && !s.isNull()) {
                    out.add(root.resolve(s.value()).normalize());
                }
            }
        });
        return out.isEmpty() ? List.of(root.resolve(fallback)) : out;
    }
}
