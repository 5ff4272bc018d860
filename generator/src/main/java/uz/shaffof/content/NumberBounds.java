package uz.shaffof.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import uz.shaffof.problem.Problems;

/**
 * Bounds every number in a content file by what a transparency figure can need, before anything computes with it:
 * its magnitude below {@value #MAX_INTEGER_DIGITS}-digit numbers (below 10^18: a country's budget in soums is about
 * 10^15, and the schemas' own maximum for a figure is 10^18), and at most {@value #MAX_DECIMAL_PLACES} decimal places
 * once trailing zeros are set aside (a share to 0.1 %, a rate to four places, never ten).
 *
 * <p>The limit on a number's length in characters (100) does not bound its value: {@code 1e-999999999} is twelve
 * characters, and one arithmetic step with it (or the schema validator's comparison) builds a number of a billion
 * digits: minutes of work and then out of memory. {@code 1e99999} reads as 0 when made an {@code int}. So the bounds
 * are checked from the number's scale and precision alone (two ints Jackson already has), without any arithmetic on
 * the value, right after parsing and before the schema sees the tree. Past them, a located error.
 */
final class NumberBounds {
    /** A figure's integer part has at most this many digits: |value| < 10^18. */
    static final int MAX_INTEGER_DIGITS = 18;
    /** A figure has at most this many decimal places (trailing zeros not counted: {@code 12.30} has one). */
    static final int MAX_DECIMAL_PLACES = 10;

    private NumberBounds() {}

    /** Reports every number in {@code tree} beyond the bounds; true when there is none. */
    static boolean check(FileTree tree, Problems problems) {
        return walk(tree, tree.root(), problems);
    }

    private static boolean walk(FileTree tree, JsonNode node, Problems problems) {
        if (node == null) return true;
        if (node.isNumber()) return checkNumber(tree, node, problems);
        boolean ok = true;
        if (node.isContainerNode()) {
            for (JsonNode child : node) ok &= walk(tree, child, problems);
        }
        return ok;
    }

    private static boolean checkNumber(FileTree tree, JsonNode node, Problems problems) {
        String problem;
        if (node.isBigDecimal()) {
            problem = problemWith(node.decimalValue());
        } else if (node.isBigInteger()) {
            problem = problemWith(node.bigIntegerValue());
        } else if (node.isFloatingPointNumber()) {
            // Not made by our readers (they keep every decimal exactly); a double is bounded by its own range.
            double d = node.doubleValue();
            problem = Double.isFinite(d) && Math.abs(d) < 1e18 ? null : "number " + d + " is out of range";
        } else {
            problem = problemWith(BigInteger.valueOf(node.longValue()));
        }
        if (problem == null) return true;
        problems.error(tree.pos(node), problem);
        return false;
    }

    /** What is wrong with {@code d}, or null; no arithmetic on its value, so any exponent is checked at once. */
    static String problemWith(BigDecimal d) {
        if (d.signum() == 0) return null;
        // For d = unscaled × 10^-scale, the integer part has precision − scale digits (none or fewer when ≤ 0).
        long integerDigits = (long) d.precision() - d.scale();
        if (integerDigits > MAX_INTEGER_DIGITS) {
            return "number " + d + " is too large: a figure here is below 10^" + MAX_INTEGER_DIGITS
                    + " (write it in a larger unit if it is really this big)";
        }
        // The decimal places are the scale less the unscaled value's trailing zeros; count those only when the scale
        // is large enough to matter, on an unscaled value of at most 100 digits.
        if (d.scale() > MAX_DECIMAL_PLACES && d.stripTrailingZeros().scale() > MAX_DECIMAL_PLACES) {
            return "number " + d + " has more than " + MAX_DECIMAL_PLACES + " decimal places: no figure here "
                    + "needs that precision (round it, or write it in a smaller unit)";
        }
        return null;
    }

    static String problemWith(BigInteger i) {
        if (i.abs().bitLength() <= 59) return null; // below 2^59 < 10^18: the common case, without a comparison
        return problemWith(new BigDecimal(i));
    }
}
