package uz.shaffof.problem;

/** Errors fail the build; warnings are printed and fail it only under {@code check --strict}. */
public enum Severity {
    ERROR,
    WARNING
}
