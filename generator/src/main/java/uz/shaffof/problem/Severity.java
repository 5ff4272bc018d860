package uz.shaffof.problem;

/**
 * Errors fail the build; warnings are printed and fail it only under {@code check --strict} (something an
 * editor should fix, such as a word the transliteration engine had to guess); notices are printed and never
 * fail it (a fact about a source the site publishes on purpose, such as a stated figure that disagrees with
 * its computation).
 */
public enum Severity {
    ERROR,
    WARNING,
    NOTICE
}
