package uz.shaffof.content;

/**
 * How a derived indicator is computed from two raw ones: {@code numerator / denominator * 100} (a share in
 * percent). Derived values are never typed into content.
 */
public record Derivation(String numerator, String denominator) {}
