package dev.steward.model.semantic.filter;

import java.util.List;
import java.util.Optional;

/**
 * The syntax of one object expression: {@code Dimension('a__b', entity_path=['c']).grain('month')} is the
 * head call {@code Dimension(...)} and the chained calls {@code [grain('month')]}.
 */
record ObjectCall(Call head, List<Call> chain, int start, int end) {

    ObjectCall {
        chain = List.copyOf(chain);
    }

    /** {@code name(arguments)}; {@code end} is just after the closing parenthesis. */
    record Call(Token name, List<Argument> arguments, int end) {
        Call {
            arguments = List.copyOf(arguments);
        }
    }

    /** A positional or {@code keyword=} argument. */
    record Argument(Optional<Token> keyword, Value value) {
    }

    /** An argument value: a string, a list of strings, a boolean ({@code True}/{@code False}) or anything else. */
    sealed interface Value permits Text, TextList, Flag, Other {
        int start();

        int end();
    }

    record Text(String value, int start, int end) implements Value {
    }

    record TextList(List<Text> items, int start, int end) implements Value {
        TextList {
            items = List.copyOf(items);
        }
    }

    record Flag(boolean value, int start, int end) implements Value {
    }

    /** A number, {@code None} or a bare name: always reported by the interpreter. */
    record Other(String text, int start, int end) implements Value {
    }
}
