package dev.steward.model.semantic.filter;

import dev.steward.model.semantic.filter.ObjectCall.Argument;
import dev.steward.model.semantic.filter.ObjectCall.Call;
import dev.steward.model.semantic.filter.ObjectCall.Value;
import dev.steward.model.semantic.filter.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Recursive-descent parser of the object grammar:
 * <pre>
 * object   = call { "." call }
 * call     = NAME "(" [ argument { "," argument } [ "," ] ] ")"
 * argument = [ NAME "=" ] value
 * value    = STRING | "[" [ STRING { "," STRING } [ "," ] ] "]" | NAME | NUMBER
 * </pre>
 */
final class ObjectCallParser {
    private final List<Token> tokens;
    private final int textEnd;
    private int index;

    private ObjectCallParser(List<Token> tokens, int textEnd) {
        this.tokens = tokens;
        this.textEnd = textEnd;
    }

    /** The call in {@code text[from, to)}, or the first syntax problem. */
    static Result parse(String text, int from, int to) {
        ObjectTokenizer.Result lexed = ObjectTokenizer.tokenize(text, from, to);
        if (lexed.problem().isPresent()) {
            return new Result(Optional.empty(), lexed.problem());
        }
        if (lexed.tokens().isEmpty()) {
            return Result.failure(new FilterProblem("Empty expression; expected Dimension(...), TimeDimension(...), "
                    + "Entity(...) or Metric(...)", from, to));
        }
        try {
            return new Result(Optional.of(new ObjectCallParser(lexed.tokens(), to).object()), Optional.empty());
        } catch (SyntaxError e) {
            return Result.failure(e.problem);
        }
    }

    record Result(Optional<ObjectCall> call, Optional<FilterProblem> problem) {
        static Result failure(FilterProblem problem) {
            return new Result(Optional.empty(), Optional.of(problem));
        }
    }

    private ObjectCall object() {
        Call head = call();
        List<Call> chain = new ArrayList<>();
        while (peek().filter(t -> t.is(Kind.DOT)).isPresent()) {
            index++;
            chain.add(call());
        }
        peek().ifPresent(t -> {
            throw new SyntaxError("Unexpected " + t.shown() + " after the object; chain methods with ."
                    + " (for example .grain('month'))", t);
        });
        int end = chain.isEmpty() ? head.end() : chain.getLast().end();
        return new ObjectCall(head, chain, head.name().start(), end);
    }

    private Call call() {
        Token name = expect(Kind.IDENTIFIER, "a name such as Dimension or grain");
        expect(Kind.OPEN_PAREN, "( after " + name.text());
        List<Argument> arguments = new ArrayList<>();
        while (!at(Kind.CLOSE_PAREN)) {
            arguments.add(argument());
            if (!at(Kind.CLOSE_PAREN)) {
                expect(Kind.COMMA, ", or ) in the arguments of " + name.text());
            }
        }
        Token close = expect(Kind.CLOSE_PAREN, ")");
        return new Call(name, arguments, close.end());
    }

    private Argument argument() {
        Optional<Token> keyword = Optional.empty();
        if (at(Kind.IDENTIFIER) && index + 1 < tokens.size() && tokens.get(index + 1).is(Kind.EQUALS)) {
            keyword = Optional.of(tokens.get(index));
            index += 2;
        }
        return new Argument(keyword, value());
    }

    private Value value() {
        Token t = next("a value");
        return switch (t.kind()) {
            case STRING -> new ObjectCall.Text(t.text(), t.start(), t.end());
            case OPEN_BRACKET -> list(t);
            case IDENTIFIER -> switch (t.text()) {
                case "True" -> new ObjectCall.Flag(true, t.start(), t.end());
                case "False" -> new ObjectCall.Flag(false, t.start(), t.end());
                default -> new ObjectCall.Other(t.text(), t.start(), t.end());
            };
            case NUMBER -> new ObjectCall.Other(t.text(), t.start(), t.end());
            default -> throw new SyntaxError("Expected a value but found " + t.shown(), t);
        };
    }

    private ObjectCall.TextList list(Token open) {
        List<ObjectCall.Text> items = new ArrayList<>();
        while (!at(Kind.CLOSE_BRACKET)) {
            Token item = expect(Kind.STRING, "a quoted name in the list");
            items.add(new ObjectCall.Text(item.text(), item.start(), item.end()));
            if (!at(Kind.CLOSE_BRACKET)) {
                expect(Kind.COMMA, ", or ] in the list");
            }
        }
        Token close = expect(Kind.CLOSE_BRACKET, "]");
        return new ObjectCall.TextList(items, open.start(), close.end());
    }

    private boolean at(Kind kind) {
        return peek().filter(t -> t.is(kind)).isPresent();
    }

    private Optional<Token> peek() {
        return index < tokens.size() ? Optional.of(tokens.get(index)) : Optional.empty();
    }

    private Token next(String expected) {
        if (index >= tokens.size()) {
            throw new SyntaxError("Expected " + expected + " but the expression ends", textEnd, textEnd);
        }
        return tokens.get(index++);
    }

    private Token expect(Kind kind, String expected) {
        Token t = next(expected);
        if (!t.is(kind)) {
            throw new SyntaxError("Expected " + expected + " but found " + t.shown(), t);
        }
        return t;
    }

    /** Internal unwinding only; {@link #parse} turns it into a {@link FilterProblem}. */
    private static final class SyntaxError extends RuntimeException {
        private final FilterProblem problem;

        SyntaxError(String message, Token at) {
            this(message, at.start(), at.end());
        }

        SyntaxError(String message, int start, int end) {
            super(message, null, false, false);
            this.problem = new FilterProblem(message, start, end);
        }
    }
}
