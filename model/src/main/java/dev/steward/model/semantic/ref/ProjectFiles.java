package dev.steward.model.semantic.ref;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.steward.model.preview.CsvFormatException;
import dev.steward.model.preview.CsvReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The files of a dbt project that {@link ModelRefResolver} consults, cached so that re-linting on
 * every keystroke does not walk the disk: the manifest's model names and seed headers are re-read
 * when the file's size or modification time changes; folder listings are re-walked at most every
 * {@link #LISTING_TTL_NANOS}. Thread-safe.
 */
final class ProjectFiles {
    static final long LISTING_TTL_NANOS = 2_000_000_000L;

    private record Stamp(long size, long modified) {
        static Optional<Stamp> of(Path file) {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                return a.isRegularFile() ? Optional.of(new Stamp(a.size(), a.lastModifiedTime().toMillis())) : Optional.empty();
            } catch (IOException e) {
                return Optional.empty();
            }
        }
    }

    private record Stamped<T>(Stamp stamp, T value) {
    }

    private record Listing(long takenAt, Map<String, Path> byName) {
    }

    private final DbtProjectLayout layout;
    private final Path manifest;
    private volatile Stamped<Map<String, String>> manifestModels;
    private final Map<Path, Stamped<List<String>>> headers = new ConcurrentHashMap<>();
    private volatile Listing seeds;
    private volatile Listing sqlModels;

    ProjectFiles(DbtProjectLayout layout) {
        this.layout = layout;
        this.manifest = layout.root().resolve("target").resolve("manifest.json");
    }

    Path manifest() {
        return manifest;
    }

    boolean hasManifest() {
        return Files.isRegularFile(manifest);
    }

    Optional<ModelSource> manifestModel(String name) {
        Optional<Stamp> stamp = Stamp.of(manifest);
        if (stamp.isEmpty()) {
            return Optional.empty();
        }
        Stamped<Map<String, String>> cached = manifestModels;
        if (cached == null || !cached.stamp().equals(stamp.get())) {
            cached = new Stamped<>(stamp.get(), readManifestModels(manifest));
            manifestModels = cached;
        }
        return Optional.ofNullable(cached.value().get(name))
                .map(id -> new ModelSource.ManifestModel(name, manifest, id));
    }

    Optional<ModelSource> seed(String name) {
        Listing listing = seeds;
        if (listing == null || System.nanoTime() - listing.takenAt() > LISTING_TTL_NANOS) {
            listing = list(layout.seedPaths(), ".csv");
            seeds = listing;
        }
        Path csv = listing.byName().get(name);
        if (csv == null) {
            return Optional.empty();
        }
        return Optional.of(new ModelSource.Seed(name, csv, header(csv)));
    }

    Optional<ModelSource> sqlModel(String name) {
        Listing listing = sqlModels;
        if (listing == null || System.nanoTime() - listing.takenAt() > LISTING_TTL_NANOS) {
            listing = list(layout.modelPaths(), ".sql");
            sqlModels = listing;
        }
        return Optional.ofNullable(listing.byName().get(name)).map(p -> new ModelSource.SqlModel(name, p));
    }

    /** The header of a seed; empty when it cannot be read (the seed loader reports why). */
    private List<String> header(Path csv) {
        Optional<Stamp> stamp = Stamp.of(csv);
        if (stamp.isEmpty()) {
            return List.of();
        }
        Stamped<List<String>> cached = headers.get(csv);
        if (cached != null && cached.stamp().equals(stamp.get())) {
            return cached.value();
        }
        List<String> header;
        try (CsvReader reader = CsvReader.open(csv)) {
            header = List.copyOf(reader.header());
        } catch (IOException | CsvFormatException | RuntimeException e) {
            header = List.of();
        }
        headers.put(csv, new Stamped<>(stamp.get(), header));
        return header;
    }

    /** Files ending in {@code suffix} under {@code folders}, by name without the suffix; the first in path order wins. */
    private static Listing list(List<Path> folders, String suffix) {
        Map<String, Path> byName = new HashMap<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(p -> p.getFileName().toString().endsWith(suffix))
                        .filter(p -> !DbtProjectLayout.isHiddenOrBuilt(folder.relativize(p)))
                        .sorted()
                        .forEach(p -> {
                            String file = p.getFileName().toString();
                            byName.putIfAbsent(file.substring(0, file.length() - suffix.length()), p);
                        });
            } catch (IOException | UncheckedIOException e) {
                // an unreadable folder resolves nothing; the workspace scan reports unreadable files
            }
        }
        return new Listing(System.nanoTime(), Map.copyOf(byName));
    }

    /**
     * Model names to unique ids, streamed from the manifest's {@code nodes} (manifests run to tens of
     * megabytes, so no tree is built). An unreadable manifest has no models.
     */
    static Map<String, String> readManifestModels(Path manifest) {
        Map<String, String> out = new HashMap<>();
        try (JsonParser p = new JsonFactory().createParser(manifest.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Map.of();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("nodes") && p.currentToken() == JsonToken.START_OBJECT) {
                    readNodes(p, out);
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException | RuntimeException e) {
            return Map.copyOf(out);
        }
        return Map.copyOf(out);
    }

    private static void readNodes(JsonParser p, Map<String, String> out) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String uniqueId = p.currentName();
            if (p.nextToken() != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            String name = null;
            String type = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.VALUE_STRING && field.equals("name")) {
                    name = p.getText();
                } else if (value == JsonToken.VALUE_STRING && field.equals("resource_type")) {
                    type = p.getText();
                } else {
                    p.skipChildren();
                }
            }
            if ("model".equals(type) && name != null) {
                out.putIfAbsent(name, uniqueId);
            }
        }
    }
}
