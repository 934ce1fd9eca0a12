package dev.steward.model.git;

/** A local branch, whether HEAD is on it, and the short id of its tip commit. */
public record BranchInfo(String name, boolean current, String tipShortId) {
}
