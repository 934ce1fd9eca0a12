package dev.steward.model.contract.semantic;

import java.util.Optional;
import java.util.regex.Pattern;

/** Semantic Versioning 2.0.0 ({@code MAJOR.MINOR.PATCH[-pre][+build]}), the form contract versions must take. */
public final class SemanticVersion {

    private static final String NUMBER = "(?:0|[1-9]\\d*)";
    private static final String PRE_ID = "(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)";
    private static final Pattern SEMVER = Pattern.compile(NUMBER + "\\." + NUMBER + "\\." + NUMBER
            + "(?:-" + PRE_ID + "(?:\\." + PRE_ID + ")*)?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?");
    private static final Pattern SHORT = Pattern.compile("[vV]?(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?");

    private SemanticVersion() {
    }

    public static boolean isValid(String version) {
        return version != null && SEMVER.matcher(version).matches();
    }

    /**
     * The semantic version a near miss most likely means: {@code 1} and {@code 1.0} become
     * {@code 1.0.0}, {@code v1.2.3} becomes {@code 1.2.3}, leading zeros are dropped. Empty when
     * there is no obvious repair.
     */
    public static Optional<String> repair(String version) {
        if (version == null || isValid(version)) {
            return Optional.empty();
        }
        var m = SHORT.matcher(version.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        String repaired = number(m.group(1)) + "." + number(m.group(2)) + "." + number(m.group(3));
        return isValid(repaired) ? Optional.of(repaired) : Optional.empty();
    }

    private static String number(String digits) {
        if (digits == null) {
            return "0";
        }
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0') {
            start++;
        }
        return digits.substring(start);
    }
}
