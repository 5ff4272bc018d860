package uz.shaffof.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uz.shaffof.content.Qualifier;

/**
 * Finds the table of regions by years in a {@link Grid} and reads its figures. The header is the first row with year
 * cells ({@code 2019}, {@code 2019 йил}, {@code 2019-yil}); rows above it (a title, merged or not, or "Years" over the
 * year columns) are passed over. The names are in the column left of the years where most labels are regions (a
 * "№" column before them is fine). Below the header: a row with a region name gives one figure per year cell; a row
 * whose label is not a region and that has no figures (a sub-heading, a footnote, an empty row) is passed over; one
 * that has figures is reported, since its figures would otherwise be lost without a word.
 */
public final class RegionYearTable {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*(?:-?\\s*(?:йил|yil|й|y|г|год|year)\\.?)?");
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2100;

    private RegionYearTable() {}

    /** One figure cell: the region's code ({@link RegionNames#WHOLE_COUNTRY} for the country), the year, the value. */
    public record Figure(String region, int year, BigDecimal value, Qualifier qualifier, CellRef cell) {}

    /** The figures read, and every problem found (each at its cell). */
    public record Read(List<Figure> figures, List<ImportProblem> problems) {
        public Read {
            figures = List.copyOf(figures);
            problems = List.copyOf(problems);
        }
    }

    public static Read read(Grid grid, RegionNames names, boolean percentUnit) throws ImportException {
        int headerIndex = headerRow(grid);
        if (headerIndex < 0) {
            throw new ImportException(where(grid), "no row of years found: the table needs a header row with the years "
                    + "(2019, 2020, ...) above the figures, and the region names in a column to their left");
        }
        Grid.Row header = grid.rows().get(headerIndex);
        List<ImportProblem> problems = new ArrayList<>();
        Map<Integer, Integer> yearByColumn = years(header, problems);
        int firstYearColumn = yearByColumn.keySet().stream().min(Integer::compare).orElseThrow();
        List<Grid.Row> body = grid.rows().subList(headerIndex + 1, grid.rows().size());
        int nameColumn = nameColumn(body, firstYearColumn, names);
        if (nameColumn < 0) {
            throw new ImportException(header.cells().get(0).ref().toString(), "no column of region names left of the "
                    + "years: write each row's region as its code (UZ-AN) or its name (Andijon viloyati, Андижон вилояти)");
        }
        List<Figure> figures = new ArrayList<>();
        Map<String, CellRef> rowOfRegion = new HashMap<>();
        for (Grid.Row row : body) {
            Grid.Cell label = row.cell(nameColumn);
            String labelText = label == null ? "" : label.text().strip();
            List<Grid.Cell> valueCells = new ArrayList<>();
            boolean anyFigure = false;
            for (int column : yearByColumn.keySet()) {
                Grid.Cell c = row.cell(column);
                valueCells.add(c);
                if (!(CellValues.read(c, percentUnit) instanceof CellValues.NoFigure)) anyFigure = true;
            }
            RegionNames.Match match = names.match(labelText);
            if (!(match instanceof RegionNames.Code code)) {
                if (!anyFigure) continue;
                CellRef at = label != null ? label.ref() : new CellRef(grid.file(), grid.sheet(), row.number(), nameColumn);
                problems.add(ImportProblem.at(at, labelText.isEmpty()
                        ? "figures without a region name in this row"
                        : match instanceof RegionNames.Ambiguous
                        ? "\"" + labelText + "\" names more than one region: write the full name or the code (UZ-TK, UZ-TO)"
                        : "unknown region \"" + labelText + "\": write its code (UZ-AN) or its name as in "
                        + "content/regions.json, in either script"));
                continue;
            }
            CellRef labelRef = label.ref();
            CellRef earlier = rowOfRegion.putIfAbsent(code.code(), labelRef);
            if (earlier != null) {
                problems.add(ImportProblem.at(labelRef, "\"" + labelText + "\" is given twice: already in row " + earlier.row()));
                continue;
            }
            int i = 0;
            for (Map.Entry<Integer, Integer> year : yearByColumn.entrySet()) {
                Grid.Cell c = valueCells.get(i++);
                CellValues.Reading reading = CellValues.read(c, percentUnit);
                if (reading instanceof CellValues.Invalid invalid) {
                    problems.add(ImportProblem.at(c.ref(), invalid.message()));
                } else if (reading instanceof CellValues.Figure f) {
                    figures.add(new Figure(code.code(), year.getValue(), f.value(), f.qualifier(), c.ref()));
                }
            }
        }
        return new Read(figures, problems);
    }

    private static String where(Grid grid) {
        return grid.sheet() == null ? grid.file() : grid.file() + ":" + grid.sheet();
    }

    /** Index of the first row that has a year cell, or -1. */
    private static int headerRow(Grid grid) {
        for (int i = 0; i < grid.rows().size(); i++) {
            for (Grid.Cell c : grid.rows().get(i).cells()) if (yearOf(c) > 0) return i;
        }
        return -1;
    }

    /** Column → year, in column order; a year given twice is reported. */
    private static Map<Integer, Integer> years(Grid.Row header, List<ImportProblem> problems) {
        Map<Integer, Integer> yearByColumn = new LinkedHashMap<>();
        Map<Integer, CellRef> columnOfYear = new HashMap<>();
        for (Grid.Cell c : header.cells()) {
            int year = yearOf(c);
            if (year <= 0) continue;
            CellRef earlier = columnOfYear.putIfAbsent(year, c.ref());
            if (earlier != null) {
                problems.add(ImportProblem.at(c.ref(), "year " + year + " is given twice: already in column "
                        + CellRef.columnLetters(earlier.column())));
                continue;
            }
            yearByColumn.put(c.ref().column(), year);
        }
        return yearByColumn;
    }

    static int yearOf(Grid.Cell c) {
        if (c.number() != null) {
            int y = c.number().stripTrailingZeros().scale() <= 0 ? c.number().intValue() : -1;
            return y >= FIRST_YEAR && y <= LAST_YEAR ? y : -1;
        }
        Matcher m = YEAR.matcher(NameKey.of(c.text()));
        if (!m.matches()) return -1;
        int y = Integer.parseInt(m.group(1));
        return y >= FIRST_YEAR && y <= LAST_YEAR ? y : -1;
    }

    /** The column left of {@code firstYearColumn} with the most region names, or -1 when none has any. */
    private static int nameColumn(List<Grid.Row> body, int firstYearColumn, RegionNames names) {
        int best = -1, bestCount = 0;
        for (int column = 1; column < firstYearColumn; column++) {
            int count = 0;
            for (Grid.Row row : body) {
                Grid.Cell c = row.cell(column);
                if (c != null && names.isName(c.text())) count++;
            }
            if (count > bestCount) {
                best = column;
                bestCount = count;
            }
        }
        return best;
    }
}
