package dev.steward.model.contract.semantic;

import dev.steward.model.diagnostic.Severity;
import dev.steward.model.text.ClosestMatch;
import dev.steward.model.validation.ContractSummary;
import dev.steward.model.validation.WorkspaceIndex;
import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.yaml.YamlScalar;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves ODCS element references against this contract and the workspace: the shorthand
 * {@code table.column} (names, nested columns dotted), the fully qualified
 * {@code schema/<id>/properties/<id>} (ids), either one prefixed by another contract
 * {@code other.odcs.yaml#...}. References to URLs cannot be checked offline and are accepted.
 * DCS {@code references: model.field} are the shorthand form. {@code local} is the summary of the
 * file being validated, fresher than the index's copy of it.
 */
public final class ReferenceResolver {

    /**
     * Why a reference does not resolve. {@code from..to} are the chars of the reference that are
     * wrong; {@code suggestion}, when not null, is what those chars should probably be.
     */
    public record Problem(String reason, int from, int to, String suggestion) {

        /** Reports this problem on {@code reference}, underlining the wrong chars, with a rename fix when there is a close match. */
        public void report(YamlDocument document, YamlScalar reference, String subject, Severity severity, String rule,
                           Findings findings) {
            String message = subject + " '" + reference.value() + "': " + reason
                    + (suggestion == null ? "" : "; did you mean '" + suggestion + "'?");
            findings.add(severity, rule, ScalarText.part(document, reference, from, to), message,
                    ScalarText.changeTo(document, reference, from, to, suggestion));
        }
    }

    /**
     * The outcome of resolving one reference: a problem, or the property it names (null when the
     * reference names a whole schema object, or could not be checked offline).
     */
    public record Resolution(Problem problem, ContractSummary.PropertySummary target) {

        static final Resolution UNCHECKED = new Resolution(null, null);

        static Resolution of(Problem problem) {
            return new Resolution(problem, null);
        }

        static Resolution found(ContractSummary.PropertySummary target) {
            return new Resolution(null, target);
        }
    }

    private final ContractSummary local;
    private final WorkspaceIndex index;
    private final Path path;
    private final Map<String, ContractSummary.SchemaSummary> localSchemas = new HashMap<>();
    // keyed by identity: a record's hashCode would hash every property of the schema on each lookup
    private final Map<ContractSummary.SchemaSummary, Map<String, ContractSummary.PropertySummary>> propertyNames =
            new IdentityHashMap<>();

    /** A resolver for one validation of one file; it indexes names as it goes, so reuse it for all of the file's references. */
    public ReferenceResolver(ContractSummary local, WorkspaceIndex index, Path path) {
        this.local = local;
        this.index = index;
        this.path = path;
        for (ContractSummary.SchemaSummary s : local.schemas()) {
            localSchemas.putIfAbsent(s.name(), s);
        }
    }

    /** The problem with {@code reference}, or empty when it resolves or cannot be checked offline. */
    public Optional<Problem> check(String reference) {
        return Optional.ofNullable(resolve(reference).problem());
    }

    /** What {@code reference} names, or why it names nothing. */
    public Resolution resolve(String reference) {
        int hash = reference.indexOf('#');
        if (hash < 0) {
            return checkInContract(reference, 0, true, local);
        }
        String file = reference.substring(0, hash);
        if (file.startsWith("http://") || file.startsWith("https://")) {
            return Resolution.UNCHECKED;
        }
        Optional<ContractSummary> target = resolveFile(file);
        if (target.isEmpty()) {
            if (index.all().isEmpty()) {
                return Resolution.UNCHECKED; // validated on its own: other files are unknown, not missing
            }
            return Resolution.of(new Problem("no contract '" + file + "' in the workspace (paths are relative to this file)",
                    0, hash, null));
        }
        int bodyStart = hash + 1;
        if (bodyStart < reference.length() && reference.charAt(bodyStart) == '/') {
            bodyStart++;
        }
        return checkInContract(reference, bodyStart, false, target.get());
    }

    private Optional<ContractSummary> resolveFile(String file) {
        if (file.isEmpty()) {
            return Optional.of(local);
        }
        Optional<ContractSummary> found;
        if (file.startsWith("file:")) {
            try {
                found = index.byPath(Path.of(URI.create(file)));
            } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                return Optional.empty();
            }
        } else {
            found = index.resolveFile(path, file);
        }
        if (found.isPresent() && isThisFile(found.get())) {
            return Optional.of(local); // a reference to this very file: use what is being edited, not the index
        }
        return found;
    }

    private Resolution checkInContract(String reference, int start, boolean searchWorkspace, ContractSummary contract) {
        String body = reference.substring(start);
        if (body.startsWith("schema/")) {
            return checkQualified(reference, start, contract);
        }
        return checkShorthand(reference, start, searchWorkspace, contract);
    }

    private Resolution checkShorthand(String reference, int start, boolean searchWorkspace, ContractSummary contract) {
        String body = reference.substring(start);
        int dot = body.indexOf('.');
        if (dot <= 0 || dot == body.length() - 1) {
            return Resolution.of(new Problem("a reference names a property as 'table.column' or 'schema/<id>/properties/<id>'",
                    start, reference.length(), null));
        }
        String schemaName = body.substring(0, dot);
        String property = body.substring(dot + 1);
        ContractSummary owner = contract;
        Optional<ContractSummary.SchemaSummary> schema = contract == local
                ? Optional.ofNullable(localSchemas.get(schemaName)) : contract.schema(schemaName);
        if (schema.isEmpty() && searchWorkspace) {
            // several contracts may define a table of that name: any one with the column will do
            for (ContractSummary other : index.definingSchema(schemaName, path)) {
                Optional<ContractSummary.SchemaSummary> candidate = other.schema(schemaName);
                if (schema.isEmpty() || candidate.filter(c -> property(c, property) != null).isPresent()) {
                    owner = other;
                    schema = candidate;
                }
            }
        }
        if (schema.isEmpty()) {
            String where = searchWorkspace ? "in this contract or in the workspace" : "in " + describe(contract);
            return Resolution.of(new Problem("no schema object '" + schemaName + "' " + where,
                    start, start + dot, ClosestMatch.closest(schemaName, schemaNames(contract, searchWorkspace)).orElse(null)));
        }
        ContractSummary.PropertySummary found = property(schema.get(), property);
        if (found != null) {
            return Resolution.found(found);
        }
        List<String> names = schema.get().properties().stream().map(ContractSummary.PropertySummary::name).toList();
        String in = owner == local ? "" : " in " + describe(owner);
        return Resolution.of(new Problem("schema object '" + schemaName + "'" + in + " has no property '" + property + "'",
                start + dot + 1, reference.length(), ClosestMatch.closest(property, names).orElse(null)));
    }

    private Resolution checkQualified(String reference, int start, ContractSummary contract) {
        List<int[]> segments = segments(reference, start);
        // segments: schema, <id>, then pairs properties/<id>, with optional "items" hops
        int[] idSegment = segments.size() > 1 ? segments.get(1) : null;
        if (idSegment == null || idSegment[0] == idSegment[1]) {
            return Resolution.of(new Problem("expected 'schema/<id>' followed by '/properties/<id>'", start, reference.length(), null));
        }
        String schemaId = text(reference, idSegment);
        Optional<ContractSummary.SchemaSummary> schema = contract.schemaById(schemaId);
        if (schema.isEmpty()) {
            List<String> ids = contract.schemas().stream().map(ContractSummary.SchemaSummary::id).filter(i -> i != null).toList();
            return Resolution.of(new Problem("no schema object with id '" + schemaId + "' in " + describe(contract),
                    idSegment[0], idSegment[1], ClosestMatch.closest(schemaId, ids).orElse(null)));
        }
        ContractSummary.PropertySummary parent = null;
        for (int i = 2; i < segments.size(); i++) {
            String word = text(reference, segments.get(i));
            if (word.equals("items")) {
                continue;
            }
            if (!word.equals("properties") || i + 1 >= segments.size()) {
                return Resolution.of(new Problem("expected '/properties/<id>' after the schema object; found '" + word + "'",
                        segments.get(i)[0], segments.get(i)[1], null));
            }
            int[] propSegment = segments.get(++i);
            String propertyId = text(reference, propSegment);
            String prefix = parent == null ? "" : parent.name() + ".";
            Optional<ContractSummary.PropertySummary> property = schema.get().properties().stream()
                    .filter(p -> propertyId.equals(p.id()) && p.name().startsWith(prefix)
                            && p.name().indexOf('.', prefix.length()) < 0)
                    .findFirst();
            if (property.isEmpty()) {
                List<String> ids = schema.get().properties().stream()
                        .filter(p -> p.id() != null && p.name().startsWith(prefix) && p.name().indexOf('.', prefix.length()) < 0)
                        .map(ContractSummary.PropertySummary::id).toList();
                String owner = parent == null ? "schema object '" + schema.get().name() + "'" : "property '" + parent.name() + "'";
                return Resolution.of(new Problem(owner + " has no property with id '" + propertyId + "'",
                        propSegment[0], propSegment[1], ClosestMatch.closest(propertyId, ids).orElse(null)));
            }
            parent = property.get();
        }
        return parent == null ? Resolution.UNCHECKED : Resolution.found(parent);
    }

    private ContractSummary.PropertySummary property(ContractSummary.SchemaSummary schema, String dottedName) {
        return propertyNames.computeIfAbsent(schema, s -> {
            Map<String, ContractSummary.PropertySummary> names = new HashMap<>(s.properties().size() * 2);
            s.properties().forEach(p -> names.putIfAbsent(p.name(), p));
            return names;
        }).get(dottedName);
    }

    private static List<int[]> segments(String reference, int start) {
        List<int[]> out = new ArrayList<>();
        int s = start;
        for (int i = start; i <= reference.length(); i++) {
            if (i == reference.length() || reference.charAt(i) == '/') {
                out.add(new int[] {s, i});
                s = i + 1;
            }
        }
        return out;
    }

    private static String text(String reference, int[] segment) {
        return reference.substring(segment[0], segment[1]);
    }

    private Set<String> schemaNames(ContractSummary contract, boolean withWorkspace) {
        Set<String> names = new LinkedHashSet<>();
        contract.schemas().forEach(s -> names.add(s.name()));
        if (withWorkspace) {
            for (ContractSummary other : index.all()) {
                if (!isThisFile(other)) { // the index may hold an older copy of the file being edited
                    other.schemas().forEach(s -> names.add(s.name()));
                }
            }
        }
        return names;
    }

    private boolean isThisFile(ContractSummary contract) {
        return path != null && contract.path() != null
                && contract.path().toAbsolutePath().normalize().equals(path.toAbsolutePath().normalize());
    }

    private String describe(ContractSummary contract) {
        if (contract == local) {
            return "this contract";
        }
        Path p = contract.path();
        return p == null ? "contract '" + contract.id() + "'" : "'" + p.getFileName() + "'";
    }
}
