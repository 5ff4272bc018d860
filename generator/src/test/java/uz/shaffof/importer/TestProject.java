package uz.shaffof.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import uz.shaffof.content.ContentLoader;

/** A copy of the project's real content/ in a temporary root, and spreadsheets written the way editors get them. */
final class TestProject {
    static final Path REAL_ROOT = Path.of("..").toAbsolutePath().normalize();
    static final ContentLoader LOADER = ContentLoader.create();

    final Path root;

    TestProject(Path tmp) throws IOException {
        this.root = tmp.resolve("site");
        Path from = REAL_ROOT.resolve("content");
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = root.resolve("content").resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }

    Path content() {
        return root.resolve("content");
    }

    Path indicator(String id) {
        return content().resolve("indicators").resolve(id + ".json");
    }

    String indicatorText(String id) throws IOException {
        return Files.readString(indicator(id), StandardCharsets.UTF_8);
    }

    /** A CSV file in {@code charset}, with Excel's byte-order mark when {@code bom}. */
    Path csv(String name, String text, Charset charset, boolean bom) throws IOException {
        Path file = root.resolve(name);
        byte[] body = text.getBytes(charset);
        try (OutputStream out = Files.newOutputStream(file)) {
            if (bom) out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            out.write(body);
        }
        return file;
    }

    /** An .xlsx workbook with one sheet, written by fastexcel. */
    Path xlsx(String name, String sheet, Consumer<Worksheet> fill) throws IOException {
        Path file = root.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "ShaffofTest", "1.0");
            Worksheet ws = wb.newWorksheet(sheet);
            fill.accept(ws);
            wb.finish();
        }
        return file;
    }

    ImportResult run(Path spreadsheet, String indicator, String source, boolean update) throws Exception {
        return new Importer(LOADER).run(new ImportRequest(root, content(), spreadsheet, indicator, source, null, null, update));
    }
}
