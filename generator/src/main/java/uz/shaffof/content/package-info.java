/**
 * The content of the site as immutable records, read from {@code content/} by {@link uz.shaffof.content.ContentLoader}:
 * regions, sources, indicators with observations, service-portal figures, website ratings, projects, charts,
 * reports and pages. Every record that came from a file keeps the {@link uz.shaffof.problem.SourcePos} it came from,
 * so later stages can report problems against the content, not the output.
 */
package uz.shaffof.content;
