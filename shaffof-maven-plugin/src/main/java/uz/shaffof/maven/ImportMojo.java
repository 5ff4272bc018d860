package uz.shaffof.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code shaffof:import}: a spreadsheet's table of regions by years into an indicator's figures
 * ({@code shaffof import}), so that a site made from the template, which has no {@code shaffof.jar}, imports as
 * the command does:
 * {@code ./mvnw shaffof:import -Dshaffof.file=figures.xlsx -Dshaffof.indicator=ID -Dshaffof.source=ID}. Bound to
 * no phase: it changes content, which only an editor asks for.
 */
@Mojo(name = "import", requiresProject = true, threadSafe = true)
public class ImportMojo extends ShaffofMojo {
    /** The spreadsheet: .xlsx, or .csv (comma or semicolon; UTF-8 or Windows-1251). */
    @Parameter(property = "shaffof.file", required = true)
    File file;

    /** The indicator whose figures these are ({@code content/indicators/ID.json}). */
    @Parameter(property = "shaffof.indicator", required = true)
    String indicator;

    /** The document the figures come from (an id in {@code content/sources.json}). */
    @Parameter(property = "shaffof.source", required = true)
    String source;

    /** The workbook's sheet (default: the first). */
    @Parameter(property = "shaffof.sheet")
    String sheet;

    /** The CSV file's encoding, when detection is wrong: {@code utf-8} or {@code windows-1251} (default: detected). */
    @Parameter(property = "shaffof.encoding")
    String encoding;

    /** Replace figures that differ from those in the file (default: report them and write nothing). */
    @Parameter(property = "shaffof.update", defaultValue = "false")
    boolean update;

    @Override
    String command() {
        return "import";
    }

    @Override
    boolean buildsSite() {
        return false;
    }

    @Override
    List<String> commandOptions() {
        List<String> options = new ArrayList<>(List.of("--indicator", indicator, "--source", source));
        if (sheet != null && !sheet.isBlank()) options.addAll(List.of("--sheet", sheet));
        if (encoding != null && !encoding.isBlank()) options.addAll(List.of("--encoding", encoding));
        if (update) options.add("--update");
        return options;
    }

    @Override
    List<String> commandArguments() {
        return List.of(file.getAbsolutePath());
    }
}
