package dev.steward.model.bench;

import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.representer.Representer;

/** Writes generated maps and lists as block-style YAML in insertion order, the way people write contracts. */
final class YamlEmitter {

    private final Yaml yaml;

    YamlEmitter() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(160);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        this.yaml = new Yaml(new Representer(options), options);
    }

    String emit(Map<String, Object> document) {
        return yaml.dump(document);
    }

    static int lines(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return text.isEmpty() || text.endsWith("\n") ? n : n + 1;
    }
}
