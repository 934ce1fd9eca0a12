package dev.steward.model.diff.contract;

import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlScalar;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which way a value constraint moved. A lower bound that rises or an upper bound that falls
 * tightens (data valid before may now be rejected); the reverse loosens. Bounds compare as numbers,
 * or as ISO dates and timestamps (ODCS date options); anything else has no known direction.
 */
final class Constraints {

    enum Direction { TIGHTER, LOOSER, UNKNOWN }

    /** Lower bounds: a larger value admits less. */
    static final Set<String> LOWER = Set.of("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties");
    /** Upper bounds: a smaller value admits less ({@code precision} and {@code scale} bound digits). */
    static final Set<String> UPPER = Set.of("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties",
            "precision", "scale");
    /** Other constraints: present means stricter than absent. */
    static final Set<String> OTHER = Set.of("pattern", "format", "multipleOf", "uniqueItems", "enum");

    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T ][0-9:.]+)?(Z|[+-]\\d{2}:?\\d{2})?");

    private Constraints() {
    }

    static boolean isConstraint(String key) {
        return LOWER.contains(key) || UPPER.contains(key) || OTHER.contains(key);
    }

    /** The direction of an updated bound; booleans (ODCS 3.0 {@code exclusiveMinimum: true}, {@code uniqueItems}) by truth. */
    static Direction judge(String key, YamlNode before, YamlNode after) {
        if (before instanceof YamlScalar b && after instanceof YamlScalar a && b.isBoolean() && a.isBoolean()) {
            return a.asBoolean() ? Direction.TIGHTER : Direction.LOOSER;
        }
        Optional<Integer> order = compare(before, after);
        if (order.isEmpty() || !(LOWER.contains(key) || UPPER.contains(key))) {
            return Direction.UNKNOWN;
        }
        boolean risen = order.get() > 0;
        return LOWER.contains(key) == risen ? Direction.TIGHTER : Direction.LOOSER;
    }

    /** Positive when {@code after} is larger, empty when the two do not compare. */
    private static Optional<Integer> compare(YamlNode before, YamlNode after) {
        Optional<BigDecimal> b = NodeValues.number(before);
        Optional<BigDecimal> a = NodeValues.number(after);
        if (b.isPresent() && a.isPresent()) {
            return Optional.of(Integer.signum(a.get().compareTo(b.get())));
        }
        if (before instanceof YamlScalar bs && after instanceof YamlScalar as && ISO.matcher(bs.value()).matches()
                && ISO.matcher(as.value()).matches() && bs.value().length() == as.value().length()) {
            return Optional.of(Integer.signum(as.value().compareTo(bs.value())));
        }
        return Optional.empty();
    }

    private static final Pattern SIZED_TYPE = Pattern.compile("\\s*([A-Za-z][A-Za-z0-9_ ]*?)\\s*\\(\\s*(\\d+(?:\\s*,\\s*\\d+)*)\\s*\\)\\s*");

    /**
     * Whether a physical type only widened: the same type with every size at least as large
     * ({@code VARCHAR(18)} to {@code VARCHAR(20)}, {@code DECIMAL(10,2)} to {@code DECIMAL(12,2)});
     * with precision and scale, neither the scale nor the digits before the point may shrink.
     */
    static boolean widened(String before, String after) {
        var b = SIZED_TYPE.matcher(before);
        var a = SIZED_TYPE.matcher(after);
        if (!b.matches() || !a.matches() || !b.group(1).equalsIgnoreCase(a.group(1))) {
            return false;
        }
        BigDecimal[] was = sizes(b.group(2));
        BigDecimal[] now = sizes(a.group(2));
        if (was.length != now.length) {
            return false;
        }
        if (was.length == 2) { // precision and scale: the digits before the point must not shrink either
            was = new BigDecimal[] {was[0].subtract(was[1]), was[1]};
            now = new BigDecimal[] {now[0].subtract(now[1]), now[1]};
        }
        for (int i = 0; i < was.length; i++) {
            if (now[i].compareTo(was[i]) < 0) {
                return false;
            }
        }
        return true;
    }

    private static BigDecimal[] sizes(String list) {
        return java.util.Arrays.stream(list.split("\\s*,\\s*")).map(BigDecimal::new).toArray(BigDecimal[]::new);
    }

    /** Whether adding this value where there was none restricts data: a {@code false} flag does not. */
    static boolean restricts(YamlNode added) {
        return !(added instanceof YamlScalar s && s.isBoolean() && !s.asBoolean());
    }
}
