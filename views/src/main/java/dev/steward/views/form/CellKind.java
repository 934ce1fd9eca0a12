package dev.steward.views.form;

/** How a form value is shown and written back to the YAML. */
public enum CellKind {
    /** A string; quoted in the YAML when needed. */
    TEXT,
    /** A string picked from suggestions. */
    CHOICE,
    /** true/false, written as a plain boolean. */
    BOOLEAN,
    /** A whole number, written plain. */
    INTEGER,
    /** A number or boolean when the text reads as one, otherwise a string (SLA and rule values). */
    AUTO,
    /** The name of the comparison key of a quality rule (mustBe, mustBeGreaterThan, ...). */
    OPERATOR,
    /** The value of the comparison key of a quality rule. */
    OPERATOR_VALUE
}
