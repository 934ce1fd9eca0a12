package dev.steward.model.diff.contract;

import dev.steward.model.diff.contract.ListKeys.Keyed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Matches the items of two revisions of one collection: first by stable {@code id} (so a renamed
 * item stays itself), then by natural key (unless both carry different ids), then by label when one
 * item on each side is left with it (a quality rule whose threshold changed). The pairs come in head
 * order, each removed item placed where it stood in base.
 */
final class KeyedPairing {

    /** A base item, a head item, or both. */
    record Pair(Optional<Keyed> base, Optional<Keyed> head) {
    }

    private KeyedPairing() {
    }

    static List<Pair> pair(List<Keyed> base, List<Keyed> head) {
        int[] match = new int[head.size()];
        boolean[] used = new boolean[base.size()];
        java.util.Arrays.fill(match, -1);
        for (int h = 0; h < head.size(); h++) {
            Optional<String> id = head.get(h).id();
            if (id.isPresent()) {
                match[h] = find(base, used, b -> b.id().equals(id));
            }
        }
        for (int h = 0; h < head.size(); h++) {
            if (match[h] < 0) {
                Keyed hk = head.get(h);
                match[h] = find(base, used, b -> b.key().equals(hk.key())
                        && !(b.id().isPresent() && hk.id().isPresent() && !b.id().equals(hk.id())));
            }
        }
        for (int h = 0; h < head.size(); h++) {
            Keyed hk = head.get(h);
            if (match[h] < 0 && hk.id().isEmpty() && unmatchedWithLabel(head, match, hk.label()) == 1) {
                List<Integer> candidates = new ArrayList<>();
                for (int b = 0; b < base.size(); b++) {
                    if (!used[b] && base.get(b).label().equals(hk.label()) && base.get(b).id().isEmpty()) {
                        candidates.add(b);
                    }
                }
                if (candidates.size() == 1) {
                    match[h] = candidates.getFirst();
                    used[match[h]] = true;
                }
            }
        }
        return merge(base, head, match, used);
    }

    private static int find(List<Keyed> base, boolean[] used, java.util.function.Predicate<Keyed> test) {
        for (int b = 0; b < base.size(); b++) {
            if (!used[b] && test.test(base.get(b))) {
                used[b] = true;
                return b;
            }
        }
        return -1;
    }

    private static long unmatchedWithLabel(List<Keyed> head, int[] match, String label) {
        long n = 0;
        for (int h = 0; h < head.size(); h++) {
            if (match[h] < 0 && head.get(h).label().equals(label)) {
                n++;
            }
        }
        return n;
    }

    private static List<Pair> merge(List<Keyed> base, List<Keyed> head, int[] match, boolean[] used) {
        List<Pair> out = new ArrayList<>();
        boolean[] emitted = new boolean[base.size()];
        for (int h = 0; h < head.size(); h++) {
            if (match[h] >= 0) {
                for (int b = 0; b < match[h]; b++) {
                    if (!used[b] && !emitted[b]) {
                        out.add(new Pair(Optional.of(base.get(b)), Optional.empty()));
                        emitted[b] = true;
                    }
                }
                out.add(new Pair(Optional.of(base.get(match[h])), Optional.of(head.get(h))));
            } else {
                for (int b = 0; b <= Math.min(h, base.size() - 1); b++) {
                    if (!used[b] && !emitted[b]) {
                        out.add(new Pair(Optional.of(base.get(b)), Optional.empty()));
                        emitted[b] = true;
                    }
                }
                out.add(new Pair(Optional.empty(), Optional.of(head.get(h))));
            }
        }
        for (int b = 0; b < base.size(); b++) {
            if (!used[b] && !emitted[b]) {
                out.add(new Pair(Optional.of(base.get(b)), Optional.empty()));
            }
        }
        return out;
    }
}
