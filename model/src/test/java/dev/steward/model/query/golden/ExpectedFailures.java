package dev.steward.model.query.golden;

import dev.steward.model.query.golden.GoldenRunner.CaseOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The golden cases a compiler is known to fail, kept in a test resource ({@code <case> | <reason>} per line,
 * {@code #} comments). A golden test fails when an unlisted case fails and when a listed case no longer fails,
 * so the list stays honest. {@code -Dgolden.writeExpected=true} rewrites the file from the current failures
 * (reason = the first line of each failure) instead of checking it.
 */
final class ExpectedFailures {
    static final String WRITE_PROPERTY = "golden.writeExpected";

    private final String resource;
    private final String testName;
    private final String header;

    /** {@code resource} is relative to this package ({@code expected-failures-h2.txt}); {@code testName} checks it. */
    ExpectedFailures(String resource, String testName, String header) {
        this.resource = resource;
        this.testName = testName;
        this.header = header;
    }

    Map<String, String> read() throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        try (InputStream in = ExpectedFailures.class.getResourceAsStream(resource)) {
            if (in == null) {
                return expected;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                int bar = trimmed.indexOf('|');
                expected.put((bar < 0 ? trimmed : trimmed.substring(0, bar)).strip(),
                        bar < 0 ? "" : trimmed.substring(bar + 1).strip());
            }
        }
        return expected;
    }

    static boolean writeRequested() {
        return Boolean.getBoolean(WRITE_PROPERTY);
    }

    /** Rewrites the source copy of the resource (under {@code src/test/resources}) from {@code outcomes}. */
    Path write(List<CaseOutcome> outcomes) throws IOException {
        Path file = Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("src/test/resources")
                .resolve(ExpectedFailures.class.getPackageName().replace('.', '/')).resolve(resource);
        List<String> lines = new ArrayList<>(header.lines().map(l -> "# " + l).toList());
        lines.add("# Regenerate: ./mvnw -B -o -q -pl model -am test -Dtest=" + testName
                + " -Dsurefire.failIfNoSpecifiedTests=false -D" + WRITE_PROPERTY + "=true");
        Map<String, String> failures = new TreeMap<>();
        outcomes.stream().filter(o -> o.status() == CaseOutcome.Status.FAILED)
                .forEach(o -> failures.put(o.name(), o.message().replace('\n', ' ')));
        failures.forEach((name, why) -> lines.add(name + " | " + why));
        Files.createDirectories(file.getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    /** What is wrong with the list given these outcomes: unlisted failures and listed cases that no longer fail. */
    static List<String> discrepancies(List<CaseOutcome> outcomes, Map<String, String> expected) {
        List<String> problems = new ArrayList<>();
        Set<String> names = new java.util.HashSet<>();
        for (CaseOutcome o : outcomes) {
            names.add(o.name());
            boolean listed = expected.containsKey(o.name());
            if (o.status() == CaseOutcome.Status.FAILED && !listed) {
                problems.add(o.name() + " fails and is not in the expected-failures list: " + o.message());
            } else if (o.status() != CaseOutcome.Status.FAILED && listed) {
                problems.add(o.name() + " is listed as failing but " + (o.status() == CaseOutcome.Status.PASSED
                        ? "now passes" : "is skipped (" + o.message() + ")") + "; remove it from the list");
            }
        }
        expected.keySet().stream().filter(n -> !names.contains(n))
                .forEach(n -> problems.add(n + " is listed as failing but there is no such case"));
        return problems;
    }

    /** "passed N of M" and one line per failing case. */
    static String summary(String title, List<CaseOutcome> outcomes) {
        long passed = outcomes.stream().filter(o -> o.status() == CaseOutcome.Status.PASSED).count();
        long skipped = outcomes.stream().filter(o -> o.status() == CaseOutcome.Status.SKIPPED).count();
        StringBuilder text = new StringBuilder(title + ": passed " + passed + " of " + (outcomes.size() - skipped)
                + " (" + skipped + " skipped)\n");
        int width = outcomes.stream().mapToInt(o -> o.name().length()).max().orElse(10);
        for (CaseOutcome o : outcomes) {
            if (o.status() != CaseOutcome.Status.PASSED) {
                text.append(String.format("  %-7s %-" + width + "s  %s%n", o.status(), o.name(), o.message()));
            }
        }
        return text.toString();
    }
}
