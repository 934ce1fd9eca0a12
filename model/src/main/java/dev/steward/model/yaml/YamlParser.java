package dev.steward.model.yaml;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Parses YAML text into {@link YamlNode}s that carry source positions. Thread-safe and stateless:
 * every call builds its own SnakeYAML composer.
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
        options.setAllowDuplicateKeys(true); // reported by us, with both positions
        options.setMaxAliasesForCollections(limits.maxAliases());
        options.setNestingDepthLimit(limits.maxDepth());
        options.setCodePointLimit(Math.max(limits.maxChars(), 1));
        options.setProcessComments(false);
        Composer composer = new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options), RESOLVER, options);
        Converter converter = new Converter(path, text, lines, problems);
        YamlNode root = null;
        try {
            if (composer.checkNode()) {
                Node first = composer.getNode();
                if (first != null) {
                    long expanded = converter.expandedSize(first, new IdentityHashMap<>());
                    if (expanded > limits.maxExpandedNodes()) {
                        problems.add(new Diagnostic(path, lines.range(0, 0), Severity.ERROR, RULE_ALIAS_BOMB,
                                "Aliases expand this document to " + expanded + " nodes (limit "
                                        + limits.maxExpandedNodes() + "); it looks like a YAML bomb and is not loaded"));
                        return new YamlDocument(path, text, lines, Optional.empty(), problems);
                    }
                    root = converter.convert(first);
                }
                if (composer.checkNode()) {
                    Node second = composer.getNode();
                    int at = second == null ? text.length() : converter.offset(second.getStartMark());
                    problems.add(new Diagnostic(path, lines.range(at, at), Severity.WARNING, RULE_MULTI_DOC,
                            "The file holds more than one YAML document; only the first is read"));
                }
            }
        } catch (MarkedYAMLException e) {
            problems.add(converter.syntaxProblem(e));
            root = null;
        } catch (YAMLException e) {
            problems.add(converter.limitProblem(e));
            root = null;
        } catch (StackOverflowError e) {
            problems.add(new Diagnostic(path, lines.range(0, 0), Severity.ERROR, RULE_TOO_DEEP,
                    "The YAML is nested too deeply to read"));
            root = null;
        }
        return new YamlDocument(path, text, lines, Optional.ofNullable(root), problems);
    }

    /** Turns SnakeYAML nodes into position-carrying {@link YamlNode}s. */
    private static final class Converter {
        private final Path path;
        private final String text;
        private final LineIndex lines;
        private final List<Diagnostic> problems;
        private final boolean simpleOffsets;
        private final Map<Node, YamlNode> converted = new IdentityHashMap<>();

        Converter(Path path, String text, LineIndex lines, List<Diagnostic> problems) {
            this.path = path;
            this.text = text;
            this.lines = lines;
            this.problems = problems;
            this.simpleOffsets = !hasSurrogates(text);
        }

        /** SnakeYAML counts code points; without surrogate pairs they equal String char offsets. */
        private static boolean hasSurrogates(String text) {
            for (int i = 0, n = text.length(); i < n; i++) {
                if (Character.isSurrogate(text.charAt(i))) {
                    return true;
                }
            }
            return false;
        }

        int offset(Mark mark) {
            if (mark == null) {
                return 0;
            }
            if (simpleOffsets) {
                return Math.min(mark.getIndex(), text.length());
            }
            int start = lines.lineStart(mark.getLine() + 1);
            int off = start;
            for (int cp = 0; cp < mark.getColumn() && off < text.length(); cp++) {
                off += Character.charCount(text.codePointAt(off));
            }
            return off;
        }

        SourceRange range(Node node) {
            Mark start = node.getStartMark();
            Mark end = node.getEndMark();
            int s = offset(start);
            int e = offset(end);
            if (node instanceof ScalarNode && simpleOffsets && start != null && end != null
                    && start.getLine() == end.getLine()) {
                // a one-line scalar: the marks carry line and column already, no search needed
                return new SourceRange(s, e, start.getLine() + 1, start.getColumn() + 1, end.getLine() + 1, end.getColumn() + 1);
            }
            // block collections end at the next token; trim trailing blank lines and spaces
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            return lines.range(s, e);
        }

        /** Node count with aliases counted as copies; only anchored nodes (alias targets) are memoised. */
        long expandedSize(Node node, Map<Node, Long> memo) {
            boolean anchored = node.getAnchor() != null;
            if (anchored) {
                Long known = memo.get(node);
                if (known != null) {
                    return known;
                }
                memo.put(node, 1L); // recursion guard for self-referencing aliases
            }
            long size = 1;
            if (node instanceof MappingNode m) {
                for (NodeTuple t : m.getValue()) {
                    size += expandedSize(t.getKeyNode(), memo) + expandedSize(t.getValueNode(), memo);
                    if (size > Long.MAX_VALUE / 4) {
                        break;
                    }
                }
            } else if (node instanceof SequenceNode s) {
                for (Node n : s.getValue()) {
                    size += expandedSize(n, memo);
                    if (size > Long.MAX_VALUE / 4) {
                        break;
                    }
                }
            }
            if (anchored) {
                memo.put(node, size);
            }
            return size;
        }

        YamlNode convert(Node node) {
            boolean anchored = node.getAnchor() != null;
            if (anchored) {
                YamlNode done = converted.get(node);
                if (done != null) {
                    return done;
                }
            }
            YamlNode result;
            if (node instanceof ScalarNode s) {
                result = scalar(s);
            } else if (node instanceof SequenceNode s) {
                if (anchored) {
                    converted.put(node, new YamlSequence(List.of(), s.getFlowStyle() == DumperOptions.FlowStyle.FLOW, range(node)));
                }
                List<YamlNode> items = new ArrayList<>(s.getValue().size());
                for (Node n : s.getValue()) {
                    items.add(convert(n));
                }
                result = new YamlSequence(items, s.getFlowStyle() == DumperOptions.FlowStyle.FLOW, range(node));
            } else if (node instanceof MappingNode m) {
                if (anchored) {
                    converted.put(node, new YamlMapping(List.of(), m.getFlowStyle() == DumperOptions.FlowStyle.FLOW, range(node)));
                }
                List<YamlMapping.Entry> entries = new ArrayList<>(m.getValue().size());
                Map<String, YamlScalar> seen = m.getValue().size() > 8 ? new HashMap<>() : null;
                for (NodeTuple t : m.getValue()) {
                    YamlScalar key = key(t.getKeyNode());
                    YamlScalar first = seen != null ? seen.putIfAbsent(key.value(), key) : firstWithKey(entries, key.value());
                    if (first != null) {
                        problems.add(new Diagnostic(path, key.range(), Severity.ERROR, RULE_DUPLICATE_KEY,
                                "Duplicate key '" + key.value() + "': it is already defined at line "
                                        + first.range().startLine() + "; YAML keeps only one of them"));
                    }
                    entries.add(new YamlMapping.Entry(key, convert(t.getValueNode())));
                }
                result = new YamlMapping(entries, m.getFlowStyle() == DumperOptions.FlowStyle.FLOW, range(node));
            } else {
                throw new IllegalStateException("unknown node " + node);
            }
            if (anchored) {
                converted.put(node, result);
            }
            return result;
        }

        private static YamlScalar firstWithKey(List<YamlMapping.Entry> entries, String key) {
            for (YamlMapping.Entry e : entries) {
                if (e.key().value().equals(key)) {
                    return e.key();
                }
            }
            return null;
        }

        private YamlScalar key(Node keyNode) {
            if (keyNode instanceof ScalarNode s) {
                return scalar(s);
            }
            SourceRange r = range(keyNode);
            return new YamlScalar(text.substring(r.startOffset(), r.endOffset()), YamlScalar.Type.STRING,
                    YamlScalar.Style.PLAIN, r);
        }

        private YamlScalar scalar(ScalarNode s) {
            YamlScalar.Style style = switch (s.getScalarStyle()) {
                case SINGLE_QUOTED -> YamlScalar.Style.SINGLE_QUOTED;
                case DOUBLE_QUOTED -> YamlScalar.Style.DOUBLE_QUOTED;
                case LITERAL -> YamlScalar.Style.LITERAL;
                case FOLDED -> YamlScalar.Style.FOLDED;
                default -> YamlScalar.Style.PLAIN;
            };
            Tag tag = s.getTag();
            YamlScalar.Type type;
            if (Tag.INT.equals(tag)) {
                type = YamlScalar.Type.INTEGER;
            } else if (Tag.FLOAT.equals(tag)) {
                type = YamlScalar.Type.FLOAT;
            } else if (Tag.BOOL.equals(tag)) {
                type = YamlScalar.Type.BOOLEAN;
            } else if (Tag.NULL.equals(tag)) {
                type = YamlScalar.Type.NULL;
            } else if (Tag.TIMESTAMP.equals(tag)) {
                type = YamlScalar.Type.TIMESTAMP;
            } else {
                type = YamlScalar.Type.STRING;
            }
            SourceRange r = range(s);
            return new YamlScalar(s.getValue(), type, style, r);
        }

        Diagnostic syntaxProblem(MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int at = offset(mark);
            String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
            String context = e.getContext();
            if (problem.contains("'\\t'") || problem.contains("\\t(TAB)")) {
                int lineNo = lines.lineOf(at);
                int tab = text.indexOf('\t', lines.lineStart(lineNo));
                int pos = tab >= 0 && tab <= lines.lineEnd(lineNo) ? tab : at;
                return new Diagnostic(path, lines.range(pos, Math.min(pos + 1, text.length())), Severity.ERROR, RULE_TAB,
                        "Tab character used for indentation; YAML indents with spaces only");
            }
            if (problem.contains("exceeds the specified max") || problem.contains("Nesting Depth")) {
                return limitProblem(e);
            }
            String message = SyntaxMessages.explain(problem, context, e.getContextMark() == null ? -1 : e.getContextMark().getLine() + 1);
            int end = Math.min(text.length(), at + 1);
            // point at the token, not at the newline after it
            return new Diagnostic(path, lines.range(at, end < at ? at : end), Severity.ERROR, RULE_SYNTAX, message);
        }

        Diagnostic limitProblem(YAMLException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("aliases")) {
                return new Diagnostic(path, lines.range(0, 0), Severity.ERROR, RULE_ALIAS_BOMB,
                        "Too many aliases to collections (more than " + "the allowed limit); the document looks like a YAML bomb and is not loaded");
            }
            if (msg.contains("Nesting Depth") || msg.contains("nesting")) {
                int at = e instanceof MarkedYAMLException m ? offset(m.getProblemMark()) : 0;
                return new Diagnostic(path, lines.range(at, at), Severity.ERROR, RULE_TOO_DEEP,
                        "The YAML is nested too deeply to read (limit reached at this point)");
            }
            if (msg.contains("code points")) {
                return new Diagnostic(path, lines.range(0, 0), Severity.ERROR, RULE_TOO_LARGE,
                        "The file is too large to read");
            }
            return new Diagnostic(path, lines.range(0, 0), Severity.ERROR, RULE_SYNTAX, "Invalid YAML: " + msg.lines().findFirst().orElse(msg));
        }
    }
}
