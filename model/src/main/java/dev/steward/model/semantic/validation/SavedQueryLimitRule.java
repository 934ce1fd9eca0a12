package dev.steward.model.semantic.validation;

import dev.steward.model.semantic.SavedQuery;

/**
 * The limit part of DSI SavedQueryRule: {@code limit} is zero or more. (Metric existence is
 * {@link MetricInputsExistRule}'s; group-by and where parsing belong to the filter package.)
 */
final class SavedQueryLimitRule implements SemanticRule {
    @Override
    public String id() {
        return "semantic-saved-query-limit";
    }

    @Override
    public String checking() {
        return "saved query limits";
    }

    @Override
    public void check(SemanticIndex index, Findings findings) {
        for (SavedQuery q : index.project().savedQueries()) {
            if (q.limit().isPresent() && q.limit().getAsLong() < 0) {
                findings.error(q, q.range(), "Saved query '" + q.name() + "' has limit " + q.limit().getAsLong()
                        + "; the limit must be zero or more (leave it out for no limit).");
            }
        }
    }
}
