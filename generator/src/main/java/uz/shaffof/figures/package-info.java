/**
 * Derived figures, computed from the raw figures in {@link uz.shaffof.content.Content} and never typed: shares,
 * changes, ranks, region profiles, indicator comparisons, service-portal and website-rating tables, project
 * status as of the data's as-of date, the check of figures the sources state against their computation, and
 * every dataset as CSV and JSON. {@link uz.shaffof.figures.Figures#compute} is the entry point; the one
 * rounding rule is {@link uz.shaffof.figures.Rounding}.
 */
package uz.shaffof.figures;
