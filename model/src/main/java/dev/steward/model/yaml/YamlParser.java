package dev.steward.model.yaml;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Parses YAML text into {@link YamlNode}s that carry source positions. Thread-safe and stateless:
 * every call builds its own SnakeYAML parser and reads its events once ({@link EventTreeBuilder}).
 * At most one syntax error is reported: a YAML parser cannot recover reliably, and a cascade of
 * follow-on errors helps nobody.
 */
public final class YamlParser {

    public static final String RULE_SYNTAX = "yaml-syntax";
    public static final String RULE_TAB = "yaml-tab-indent";
    public static final String RULE_DUPLICATE_KEY = "yaml-duplicate-key";
    public static final String RULE_TOO_LARGE = "yaml-too-large";
    public static final String RULE_ALIAS_BOMB = "yaml-alias-expansion";
    public static final String RULE_TOO_DEEP = "yaml-too-deep";
    public static final String RULE_MULTI_DOC = "yaml-multiple-documents";

    /** YAML 1.1 implicit typing; immutable after construction, so shared by all parses. */
    private static final Resolver RESOLVER = new Resolver();

    private final YamlLimits limits;

    public YamlParser() {
        this(YamlLimits.DEFAULT);
    }

    public YamlParser(YamlLimits limits) {
        this.limits = limits;
    }

    public YamlDocument parse(String text) {
        return parse(null, text);
    }

    public YamlDocument parse(Path path, String text) {
        LineIndex lines = new LineIndex(text);
        List<Diagnostic> problems = new ArrayList<>();
        if (text.length() > limits.maxChars()) {
            problems.add(new Diagnostic(path, lines.range(0, 0), Severity.ERROR, RULE_TOO_LARGE,
                    String.format(Locale.ROOT, "File is %.1f MB; Steward refuses YAML files larger than %.1f MB",
                            text.length() / 1048576.0, limits.maxChars() / 1048576.0)));
            return new YamlDocument(path, text, lines, Optional.empty(), problems);
        }
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Math.max(limits.maxChars(), 1));
        options.setProcessComments(false);
        SourcePositions positions = new SourcePositions(text, lines);
        ParserImpl parser = new ParserImpl(new StreamReader(new StringReader(text)), options);
        Optional<YamlNode> root;
        try {
            root = new EventTreeBuilder(parser, RESOLVER, limits, positions, path, problems).firstDocument();
        } catch (EventTreeBuilder.ParseStopped e) {
            int at = positions.offset(e.mark());
            problems.add(new Diagnostic(path, lines.range(at, at), Severity.ERROR, e.rule(), e.getMessage()));
            root = Optional.empty();
        } catch (MarkedYAMLException e) {
            problems.add(syntaxProblem(path, text, positions, e));
            root = Optional.empty();
        } catch (YAMLException e) {
            String msg = String.valueOf(e.getMessage());
            problems.add(new Diagnostic(path, lines.range(0, 0), Severity.ERROR, RULE_SYNTAX,
                    "Invalid YAML: " + msg.lines().findFirst().orElse(msg)));
            root = Optional.empty();
        }
        return new YamlDocument(path, text, lines, root, problems);
    }

    private static Diagnostic syntaxProblem(Path path, String text, SourcePositions positions, MarkedYAMLException e) {
        LineIndex lines = positions.lines();
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        int at = positions.offset(mark);
        String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
        if (problem.contains("'\\t'") || problem.contains("\\t(TAB)")) {
            int lineNo = lines.lineOf(at);
            int tab = text.indexOf('\t', lines.lineStart(lineNo));
            int pos = tab >= 0 && tab <= lines.lineEnd(lineNo) ? tab : at;
            return new Diagnostic(path, lines.range(pos, Math.min(pos + 1, text.length())), Severity.ERROR, RULE_TAB,
                    "Tab character used for indentation; YAML indents with spaces only");
        }
        String message = SyntaxMessages.explain(problem, e.getContext(),
                e.getContextMark() == null ? -1 : e.getContextMark().getLine() + 1);
        // point at the token, not at the newline after it
        return new Diagnostic(path, lines.range(at, Math.min(text.length(), at + 1)), Severity.ERROR, RULE_SYNTAX, message);
    }
}
