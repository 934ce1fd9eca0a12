package dev.steward.model.semantic.filter;

import dev.steward.model.semantic.filter.ObjectCall.Call;
import dev.steward.model.semantic.filter.ObjectCall.Flag;
import dev.steward.model.semantic.filter.ObjectCall.Text;
import dev.steward.model.semantic.filter.ObjectCall.TextList;
import dev.steward.model.semantic.filter.ObjectCall.Value;
import dev.steward.model.text.ClosestMatch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns the syntax of an object call into a typed {@link GroupByItem}, checking DSI's rules for each object. */
final class ObjectInterpreter {

    /**
     * Where the object is written and the project's custom grains (empty when unknown). In a where filter
     * metrics need {@code group_by} and nothing can be {@code descending}; a saved query's items have neither rule.
     */
    record Context(boolean whereFilter, Set<String> customGrains) {
        Context {
            customGrains = Set.copyOf(customGrains);
        }
    }

    private static final List<String> OBJECTS = List.of("Dimension", "TimeDimension", "Entity", "Metric");

    private ObjectInterpreter() {
    }

    /** The item and the range of its name literal, or the first problem. */
    static Result interpret(ObjectCall call, Context context) {
        try {
            return new Result(Optional.of(item(call, context)), Optional.empty());
        } catch (ObjectRejected e) {
            return new Result(Optional.empty(), Optional.of(e.problem));
        }
    }

    record Interpreted(GroupByItem item, int nameStart, int nameEnd) {
    }

    record Result(Optional<Interpreted> interpreted, Optional<FilterProblem> problem) {
    }

    private static Interpreted item(ObjectCall call, Context context) {
        Token function = call.head().name();
        ObjectSignature signature = ObjectSignature.of(function.text()).orElseThrow(() -> new ObjectRejected(
                "Unknown object '" + function.text() + "'" + didYouMean(function.text(), OBJECTS)
                        + "; use Dimension, TimeDimension, Entity or Metric", function.start(), function.end()));
        Map<String, Value> args = signature.bind(call.head().arguments());
        Value nameValue = args.get(signature.parameters().getFirst());
        if (nameValue == null) {
            throw new ObjectRejected(signature.name() + " needs a name, for example " + example(signature),
                    call.start(), call.head().end());
        }
        Text name = text(nameValue, "The name given to " + signature.name());
        ItemBuilder item = new ItemBuilder(signature, name);
        Value path = args.get("entity_path");
        if (path != null) {
            item.entityPath.addAll(names(path, "entity_path"));
        }
        if (signature == ObjectSignature.METRIC) {
            metric(item, name, args.get("group_by"), context, call);
        } else {
            element(item, name, context);
        }
        Optional.ofNullable(args.get("time_granularity_name")).ifPresent(v -> item.grain(grain(v, context), v));
        Optional.ofNullable(args.get("date_part_name")).ifPresent(v -> item.datePart = Optional.of(datePart(v)));
        Optional.ofNullable(args.get("descending")).ifPresent(v -> item.descending(flag(v, "descending"), v, context));
        for (Call method : call.chain()) {
            chained(item, signature, method, context);
        }
        return new Interpreted(item.build(), name.start(), name.end());
    }

    private static void element(ItemBuilder item, Text name, Context context) {
        // like DSI, only TimeDimension reads the project's custom grains from a name
        Set<String> customGrains = item.signature == ObjectSignature.TIME_DIMENSION ? context.customGrains() : Set.of();
        DunderName.Result result = DunderName.parse(name.value(), name.start(), name.end(), customGrains);
        DunderName parsed = result.name().orElseThrow(() -> new ObjectRejected(result.problem().orElseThrow()));
        String object = item.signature.name();
        if (parsed.datePart().isPresent()) {
            throw new ObjectRejected(object + " takes a date part as .date_part('" + parsed.datePart().get().keyword()
                    + "'), not in its name", name.start(), name.end());
        }
        if (parsed.grain().filter(g -> TimeGranularity.parse(g).isEmpty() && !customGrains.contains(g)).isPresent()) {
            throw new ObjectRejected("'" + parsed.grain().get() + "' is not a standard grain; give a custom grain as "
                    + "an argument: " + object + "('" + withoutGrain(parsed) + "', '" + parsed.grain().get() + "')",
                    name.start(), name.end());
        }
        boolean metricTime = parsed.element().equals(SemanticNames.METRIC_TIME);
        if (parsed.grain().isPresent() && item.signature != ObjectSignature.TIME_DIMENSION) {
            throw new ObjectRejected(object + " takes no grain in its name; write TimeDimension('" + withoutGrain(parsed)
                    + "', '" + parsed.grain().get() + "')", name.start(), name.end());
        }
        if (metricTime && !parsed.links().isEmpty()) {
            throw new ObjectRejected("metric_time takes no entity: write '" + SemanticNames.METRIC_TIME + "'",
                    name.start(), name.end());
        }
        if (item.signature != ObjectSignature.ENTITY && !metricTime && parsed.links().size() != 1) {
            throw new ObjectRejected(object + " names need exactly one entity, as 'entity__" + (item.signature
                    == ObjectSignature.DIMENSION ? "dimension" : "time_dimension") + "' (got '" + name.value()
                    + "'); reach further entities with entity_path=[...]", name.start(), name.end());
        }
        item.entityPath.addAll(parsed.links());
        item.element = parsed.element();
        parsed.grain().ifPresent(g -> {
            item.grain = Optional.of(g);
            item.grainInName = true;
        });
    }

    private static void metric(ItemBuilder item, Text name, Value groupBy, Context context, ObjectCall call) {
        SemanticNames.problem(name.value()).ifPresent(reason -> {
            throw new ObjectRejected("Invalid metric name: " + reason, name.start(), name.end());
        });
        item.element = name.value();
        if (context.whereFilter() && (groupBy == null || groupBy instanceof TextList list && list.items().isEmpty())) {
            throw new ObjectRejected("Metric in a filter needs group_by, for example Metric('" + name.value()
                    + "', group_by=['entity'])", call.start(), call.head().end());
        }
        if (groupBy != null) {
            if (!(groupBy instanceof TextList list)) {
                throw new ObjectRejected("group_by must be a list of quoted names, for example ['listing']",
                        groupBy.start(), groupBy.end());
            }
            for (Text entry : list.items()) {
                DunderName.Result parsed = DunderName.parse(entry.value(), entry.start(), entry.end());
                parsed.problem().ifPresent(p -> {
                    throw new ObjectRejected(p);
                });
                item.groupBy.add(entry.value());
            }
        }
    }

    private static void chained(ItemBuilder item, ObjectSignature signature, Call method, Context context) {
        Token name = method.name();
        if (!signature.methods().contains(name.text())) {
            throw new ObjectRejected(signature.name() + " has no method '" + name.text() + "'"
                    + didYouMean(name.text(), signature.methods()) + "; it has "
                    + String.join(", ", signature.methods()), name.start(), name.end());
        }
        if (method.arguments().size() != 1 || method.arguments().getFirst().keyword().isPresent()) {
            throw new ObjectRejected("." + name.text() + "(...) takes exactly one argument", name.start(), method.end());
        }
        Value value = method.arguments().getFirst().value();
        switch (name.text()) {
            case "grain" -> item.grain(grain(value, context), value);
            case "date_part" -> item.datePart = Optional.of(datePart(value));
            default -> item.descending(flag(value, "descending"), value, context);
        }
    }

    /** A standard grain (lower-cased), a known custom grain, or a valid name not close to a standard grain. */
    private static String grain(Value value, Context context) {
        Text text = text(value, "A grain");
        Optional<TimeGranularity> standard = TimeGranularity.parse(text.value());
        if (standard.isPresent()) {
            return standard.get().keyword();
        }
        if (context.customGrains().contains(text.value())) {
            return text.value();
        }
        List<String> keywords = Arrays.stream(TimeGranularity.values()).map(TimeGranularity::keyword).toList();
        String suggestion = didYouMean(text.value(), keywords);
        if (!SemanticNames.valid(text.value()) || !suggestion.isEmpty()) {
            throw new ObjectRejected("Unknown grain '" + text.value() + "'" + suggestion + "; use one of "
                    + TimeGranularity.allowed()
                    + " or the name of a custom grain", text.start(), text.end());
        }
        return text.value();
    }

    private static DatePart datePart(Value value) {
        Text text = text(value, "A date part");
        return DatePart.parse(text.value()).orElseThrow(() -> new ObjectRejected("Unknown date part '" + text.value()
                + "'" + didYouMean(text.value(), Arrays.stream(DatePart.values()).map(DatePart::keyword).toList())
                + "; use one of " + DatePart.allowed(), text.start(), text.end()));
    }

    private static boolean flag(Value value, String what) {
        if (value instanceof Flag flag) {
            return flag.value();
        }
        throw new ObjectRejected(what + " takes True or False", value.start(), value.end());
    }

    private static Text text(Value value, String what) {
        if (value instanceof Text text) {
            return text;
        }
        throw new ObjectRejected(what + " must be a quoted string", value.start(), value.end());
    }

    private static List<String> names(Value value, String what) {
        if (!(value instanceof TextList list)) {
            throw new ObjectRejected(what + " must be a list of quoted entity names, for example ['customer']",
                    value.start(), value.end());
        }
        List<String> out = new ArrayList<>();
        for (Text entry : list.items()) {
            SemanticNames.problem(entry.value()).ifPresent(reason -> {
                throw new ObjectRejected("Invalid entity in " + what + ": " + reason, entry.start(), entry.end());
            });
            out.add(entry.value());
        }
        return out;
    }

    private static String didYouMean(String word, List<String> candidates) {
        return ClosestMatch.closest(word, candidates).map(c -> " (did you mean '" + c + "'?)").orElse("");
    }

    private static String withoutGrain(DunderName name) {
        List<String> parts = new ArrayList<>(name.links());
        parts.add(name.element());
        return String.join(SemanticNames.DUNDER, parts);
    }

    private static String example(ObjectSignature signature) {
        return switch (signature.kind()) {
            case TIME_DIMENSION -> "TimeDimension('metric_time', 'day')";
            case ENTITY -> "Entity('customer')";
            case METRIC -> "Metric('bookings', group_by=['listing'])";
            default -> "Dimension('customer__region')";
        };
    }

    /** The item while its arguments and chained methods are read. */
    private static final class ItemBuilder {
        final ObjectSignature signature;
        final Text name;
        final List<String> entityPath = new ArrayList<>();
        final List<String> groupBy = new ArrayList<>();
        String element;
        Optional<String> grain = Optional.empty();
        boolean grainInName;
        Optional<DatePart> datePart = Optional.empty();
        boolean descending;

        ItemBuilder(ObjectSignature signature, Text name) {
            this.signature = signature;
            this.name = name;
        }

        void grain(String value, Value at) {
            if (grainInName && grain.filter(value::equals).isPresent()) {
                return; // DSI accepts the same grain written both ways
            }
            if (grainInName) {
                throw new ObjectRejected(signature.name() + " takes a grain either as '" + name.value()
                        + "' or as a second argument, not both ('" + grain.get() + "' and '" + value + "' differ)",
                        at.start(), at.end());
            }
            if (grain.isPresent()) {
                throw new ObjectRejected(signature.name() + " is given a grain twice ('" + grain.get() + "' and '"
                        + value + "')", at.start(), at.end());
            }
            grain = Optional.of(value);
        }

        void descending(boolean value, Value at, Context context) {
            if (context.whereFilter()) {
                throw new ObjectRejected("descending only applies to order_by; a where filter cannot sort",
                        at.start(), at.end());
            }
            descending = value;
        }

        GroupByItem build() {
            // DSI records Dimension(...).grain(...) as a time dimension
            ItemKind kind = signature == ObjectSignature.DIMENSION && grain.isPresent()
                    ? ItemKind.TIME_DIMENSION : signature.kind();
            return new GroupByItem(kind, element, entityPath, grain, datePart, descending, groupBy);
        }
    }
}
