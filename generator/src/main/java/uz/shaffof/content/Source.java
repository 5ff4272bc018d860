package uz.shaffof.content;

import uz.shaffof.problem.SourcePos;

/**
 * A source document that figures come from (for example the Andijan region's 2016 ICT report). Observations
 * cite it by {@code id} and add a locator (section or paragraph).
 */
public record Source(String id, Text title, Text publisher, int year, String url, SourcePos pos) {}
