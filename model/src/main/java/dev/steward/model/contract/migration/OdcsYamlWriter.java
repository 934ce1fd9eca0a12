package dev.steward.model.contract.migration;

import java.math.BigDecimal;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Writes plain values as clean block YAML: two-space indentation with list dashes indented under
 * their key (the style of the ODCS examples), multi-line text as literal blocks, no line wrapping,
 * decimals without exponents. Key order is the maps' order, so the output is deterministic.
 */
final class OdcsYamlWriter {

    private OdcsYamlWriter() {
    }

    static String write(Map<String, Object> document) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(Integer.MAX_VALUE);
        options.setSplitLines(false);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        options.setExplicitStart(false);
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()), new CleanRepresenter(options), options);
        return yaml.dump(document);
    }

    private static final class CleanRepresenter extends Representer {
        CleanRepresenter(DumperOptions options) {
            super(options);
            this.representers.put(String.class, new RepresentText());
            this.representers.put(BigDecimal.class, new RepresentDecimal());
        }

        private final class RepresentText implements Represent {
            @Override
            public Node representData(Object data) {
                String s = (String) data;
                boolean multiLine = s.indexOf('\n') >= 0;
                return representScalar(Tag.STR, s, multiLine ? DumperOptions.ScalarStyle.LITERAL : DumperOptions.ScalarStyle.PLAIN);
            }
        }

        private final class RepresentDecimal implements Represent {
            @Override
            public Node representData(Object data) {
                String plain = ((BigDecimal) data).toPlainString();
                return representScalar(Tag.FLOAT, plain.contains(".") ? plain : plain + ".0");
            }
        }
    }
}
